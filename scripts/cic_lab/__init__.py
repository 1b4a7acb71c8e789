"""The lab: synthetic data, the reference validator, parity, benchmarks and cms-match.

Development tooling. It may import the runtime package `cic`; `cic` never imports it.
"""
