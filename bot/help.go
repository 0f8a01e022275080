package bot

import "github.com/netzwerkbot/netzwerkbot/storage"

// help lists the commands with their usage. With a command word as
// argument ("help stakeholder") it lists only that command's forms.
func (c *Core) help(cl *call) (Reply, error) {
	topic := ""
	if w, ok := vocabulary.CommandWord(cl.args, 0); ok {
		topic = w
	}
	var lines []string
	for _, cmd := range c.commands {
		if topic == "" || cmd.path[0] == topic {
			lines = append(lines, cl.lang.T(cmd.usage))
		}
	}
	if len(lines) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.help_topic", cl.args[0].Value.Text)
	}
	return Reply{Blocks: []Block{
		Header{cl.lang.T("help.title")},
		Paragraph{cl.lang.T("help.intro")},
		List{lines},
		Note{cl.lang.T("help.footer")},
	}}, nil
}
