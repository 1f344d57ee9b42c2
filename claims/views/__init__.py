"""The reader pages: server-rendered, readable without JavaScript, a fixed number of queries
each. They present what claims/selectors.py (shared with the API) and claims/reader_selectors.py
return, and never write."""
