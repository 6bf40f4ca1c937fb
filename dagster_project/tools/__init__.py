"""Developer tools: the benchmark (``bench``), its generated corpus (``corpus``) and the
text core's evaluation on labelled texts (``evaluation``). Nothing at run time imports them."""
