"""Understanding what people write beyond the waiting question: the situation they describe
(`situation`), questions they ask anywhere (`questions`), and the feelings they name
(`feelings`), wired into the engine as an inspector and a few actions (`wiring`)."""
