"""Data rights: `forget` erases everything held on a person, `mydata` exports it, and a daily job
purges free text older than the retention period."""
