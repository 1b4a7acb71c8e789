"""Landing: raw files in, untouched and audited, into the warehouse's raw schema."""
