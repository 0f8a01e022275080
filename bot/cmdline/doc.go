// Package cmdline is the grammar of a command line as users type it to
// netzwerkbot, in German or English: it cuts a line into tokens (words,
// quoted phrases, key:value options, lists of quoted and unquoted items,
// Slack mentions, dates), refusing control characters and misplaced
// quotes, finds the command that the leading words select among the paths
// it is given, and reads the arguments (options, yes/no, choices, lists,
// dates and date phrases relative to a given today, durations, Slack user
// ids).
//
// The words themselves come from the caller: a Vocabulary holds the
// aliases of command words and option keys, and the command paths are
// passed to Route. The package knows no command, role or storage and never
// panics on input. A mistake in a line is an *Error that names a catalog
// sentence and its arguments; the caller words it in the user's language.
package cmdline
