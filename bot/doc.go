// Package bot is netzwerkbot's chat core: the handlers of every feature's
// commands and the reply model that every transport (console, Slack)
// renders the same way.
//
// Core.Handle runs one command line: bot/cmdline cuts it into tokens and
// routes it through the command table that the features register here;
// the core loads the workspace's settings and the user's role and refuses
// a command the role may not run; the handler validates its arguments,
// calls storage and returns a Reply. A failure becomes one sentence of the
// catalog (bot/i18n) in the workspace's language, never a panic. Bot also
// builds the Home tab and composes the messages that reviews and the
// commitment digest send through the outbox.
//
// Files are named <feature>_<part>.go: core_* holds what every feature
// shares (command table and vocabulary, argument checks, references to
// stakeholders and committees, the shared sentences), <feature>.go and
// <feature>_<part>.go a feature's commands, and <feature>_text.go its
// sentences in German and English.
package bot
