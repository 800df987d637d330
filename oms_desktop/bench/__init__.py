"""`oms-desktop bench`: the speed and memory budgets of issue 6, measured on a database at scale."""
