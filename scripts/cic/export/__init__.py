"""Export: the return as DfE receives it, from the ssda903 marts."""
