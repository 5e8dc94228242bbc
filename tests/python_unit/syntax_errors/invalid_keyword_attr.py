x.if
