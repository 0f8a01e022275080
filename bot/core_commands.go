package bot

import (
	"sort"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// command is one entry of the command table.
type command struct {
	// path holds the canonical English words that select the command.
	path []string
	// role is the least role that may run it.
	role storage.Role
	// usage is the catalog key of its one-line usage.
	usage string
	run   func(*call) (Reply, error)
}

// vocabulary holds the German (and alternative English) words of every
// command; feature files add theirs from init.
var vocabulary cmdline.Vocabulary

// The command words that most features share.
func init() {
	vocabulary.AddWords(map[string]string{
		"hilfe": "help", "?": "help",
		"akteur": "stakeholder", "akteure": "stakeholder", "stakeholders": "stakeholder",
		"neu": "add", "hinzufügen": "add", "anlegen": "add",
		"liste": "list", "auflisten": "list",
		"zeige": "show", "zeigen": "show", "anzeigen": "show",
		"ändern": "edit", "bearbeiten": "edit",
	})
}

// commandGroup is a feature's commands; order places the group in help.
type commandGroup struct {
	order    int
	commands []command
}

// commandGroups are registered by feature files from init.
var commandGroups []commandGroup

// addCommands registers a feature's commands. Feature files call it from
// init; order sorts the groups in help (help itself is 0, stakeholders 10).
func addCommands(order int, cmds ...command) {
	commandGroups = append(commandGroups, commandGroup{order: order, commands: cmds})
}

// commandTable lists every command in help order.
func (c *Core) commandTable() []command {
	groups := append([]commandGroup(nil), commandGroups...)
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].order < groups[j].order })
	table := []command{{path: []string{"help"}, role: storage.RoleMember, usage: "usage.help", run: c.help}}
	for _, g := range groups {
		table = append(table, g.commands...)
	}
	return table
}

// route finds the command of table that the leading words of tokens select
// and returns it with the remaining tokens. It fails with a *cmdline.Error
// that names the nearest command or lists the possible next words (see
// cmdline.Vocabulary.Route).
func route(table []command, tokens []cmdline.Token) (*command, []cmdline.Token, error) {
	paths := make([][]string, len(table))
	for i := range table {
		paths[i] = table[i].path
	}
	i, rest, err := vocabulary.Route(paths, tokens)
	if err != nil {
		return nil, nil, err
	}
	return &table[i], rest, nil
}
