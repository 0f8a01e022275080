package cmdline

// Error is a mistake in a command line. Key names the catalog sentence
// that explains it to the user and Args are that sentence's arguments;
// the chat layer turns it into the sentence in the user's language.
type Error struct {
	Key  string
	Args []any
}

// Error returns the sentence's key, for logs; it never includes Args,
// which may hold user text.
func (e *Error) Error() string { return "invalid command line (" + e.Key + ")" }

// fail returns the mistake explained by catalog sentence key with args.
func fail(key string, args ...any) error { return &Error{Key: key, Args: args} }

// Terms is an argument of an Error or of a sentence: canonical command
// words (Keys false) or option keys (Keys true) of the command whose first
// canonical word is First ("" for the first word itself). The chat layer
// writes them in the user's language, comma-separated (see
// Vocabulary.GermanWord).
type Terms struct {
	First string
	Keys  bool
	Items []string
}
