package bot

import (
	"sort"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

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
