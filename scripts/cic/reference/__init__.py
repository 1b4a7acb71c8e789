"""Reference data the rules need: ONS postcodes (placement LA) and Ofsted provider premises."""
