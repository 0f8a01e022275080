package bot

import "github.com/netzwerkbot/netzwerkbot/storage"

// commandTable lists every command. help shows them in this order.
func (c *Core) commandTable() []command {
	return []command{
		{path: []string{"help"}, role: storage.RoleMember, usage: "usage.help", run: c.help},
		{path: []string{"stakeholder", "add"}, role: storage.RoleMember, usage: "usage.stakeholder_add", run: stakeholderAdd},
		{path: []string{"stakeholder", "list"}, role: storage.RoleMember, usage: "usage.stakeholder_list", run: stakeholderList},
		{path: []string{"stakeholder", "show"}, role: storage.RoleMember, usage: "usage.stakeholder_show", run: stakeholderShow},
		{path: []string{"stakeholder", "edit"}, role: storage.RoleCoordinator, usage: "usage.stakeholder_edit", run: stakeholderEdit},
	}
}
