package bot

// Reply is what the bot answers, independent of the transport: the console
// prints it as text, Slack renders it as Block Kit with the text as fallback.
// Texts in blocks are plain; the Slack renderer escapes them.
type Reply struct {
	Blocks []Block
	// Public asks the transport to show the reply to the whole channel
	// instead of only to the user who typed the command.
	Public bool
	// Private marks a reply that names people in connection with their
	// participation or survey answers (a review's full evaluation): a
	// transport never posts it to a channel, even when asked to share it.
	Private bool
	// File is an attachment, such as an export.
	File *File
}

// File is a generated document.
type File struct {
	Name    string
	Title   string
	Content []byte
}

// Block is one part of a reply.
type Block interface{ block() }

// Header is a reply's title line.
type Header struct{ Text string }

// Paragraph is a piece of running text.
type Paragraph struct{ Text string }

// Fields is a list of labelled values ("Organisation: VHS Darmstadt").
type Fields struct{ Items []Field }

// Field is one labelled value.
type Field struct{ Label, Value string }

// List is a bulleted list of lines.
type List struct{ Items []string }

// Note is small print under a reply, such as a hint or a page count.
type Note struct{ Text string }

// Buttons offers actions. Each button carries the command line it runs, so
// every button has a typed equivalent.
type Buttons struct{ Items []Button }

// Button runs Command when pressed.
type Button struct {
	Label   string
	Command string
	Style   string // "", "primary" or "danger"
}

func (Header) block()    {}
func (Paragraph) block() {}
func (Fields) block()    {}
func (List) block()      {}
func (Note) block()      {}
func (Buttons) block()   {}

// shorten cuts s to at most n characters, marking the cut with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Say returns a reply of one paragraph.
func Say(text string) Reply { return Reply{Blocks: []Block{Paragraph{text}}} }
