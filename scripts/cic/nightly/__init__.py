"""The nightly run (`cic nightly`): land every new extract, gate it, build, export, check each
return, publish a consistent copy for readers, and write the report. See `cic.nightly.run`."""
