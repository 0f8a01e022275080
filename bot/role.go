package bot

import (
	"maps"
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(90,
		command{path: []string{"roles"}, role: storage.RoleMember, usage: "usage.roles", run: rolesList},
		command{path: []string{"role", "grant"}, role: storage.RoleAdmin, usage: "usage.role_grant", run: roleGrant},
		command{path: []string{"role", "revoke"}, role: storage.RoleAdmin, usage: "usage.role_revoke", run: roleRevoke},
	)
	vocabulary.AddWords(map[string]string{
		"rolle": "role", "rollen": "roles",
		"vergeben": "grant", "zuweisen": "grant",
		"entziehen": "revoke",
	})
}

// roleWords maps the role names users type, in English and German, to roles.
var roleWords = map[string]storage.Role{
	"admin":                 storage.RoleAdmin,
	"administrator":         storage.RoleAdmin,
	"administratorin":       storage.RoleAdmin,
	"administrator/in":      storage.RoleAdmin,
	"coordinator":           storage.RoleCoordinator,
	"coordinating office":   storage.RoleCoordinator,
	"koordination":          storage.RoleCoordinator,
	"koordinator":           storage.RoleCoordinator,
	"koordinatorin":         storage.RoleCoordinator,
	"koordinierende stelle": storage.RoleCoordinator,
	"member":                storage.RoleMember,
	"mitglied":              storage.RoleMember,
}

// require refuses with err.needs_role, naming r, when the calling user's
// role is below r. Handlers use it for rules finer than a command's
// minimum role; it changes nothing.
func (cl *call) require(r storage.Role) error {
	if cl.role < r {
		return fail(storage.KindForbidden, "err.needs_role", cl.lang.T("role."+r.String()))
	}
	return nil
}

// userRef is how a reply names a Slack user: "@" and the user id. The
// Slack transport may turn it into a mention.
func userRef(id string) string { return "@" + id }

// roleName is a role's localised name ("Koordinierende Stelle").
func roleName(l i18n.Lang, r storage.Role) string { return l.T("role." + r.String()) }

// parseRoleName reads a typed role name; false for an unknown one.
func parseRoleName(text string) (storage.Role, bool) {
	r, ok := roleWords[strings.Join(strings.Fields(strings.ToLower(text)), " ")]
	return r, ok
}

// roleArgs reads "@user [role…]": the user and the typed role name (""
// when none was given). Admins from configuration (BOT_ADMINS) are
// refused: their role cannot be changed by command.
func (cl *call) roleArgs() (string, string, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return "", "", err
	}
	if len(bare) == 0 {
		return "", "", fail(storage.KindInvalid, "err.role_user_missing")
	}
	user, err := cmdline.SlackUserID(bare[0])
	if err != nil {
		return "", "", err
	}
	if cl.core.admins[user] {
		return "", "", fail(storage.KindForbidden, "err.role_config_admin", userRef(user))
	}
	return user, cmdline.JoinText(bare[1:]), nil
}

// roleGrant: role grant @user <role>. Granting a role the user already has
// changes nothing and says so.
func roleGrant(cl *call) (Reply, error) {
	user, text, err := cl.roleArgs()
	if err != nil {
		return Reply{}, err
	}
	if text == "" {
		return Reply{}, fail(storage.KindInvalid, "err.role_missing")
	}
	r, ok := parseRoleName(text)
	if !ok {
		return Reply{}, fail(storage.KindInvalid, "err.bad_role", text)
	}
	if r == storage.RoleMember {
		return Reply{}, fail(storage.KindInvalid, "err.role_grant_member", userRef(user))
	}
	return cl.changeRole(user, r, "role.grant")
}

// roleRevoke: role revoke @user [role]. The user becomes a member. A named
// role must be the one the user has.
func roleRevoke(cl *call) (Reply, error) {
	user, text, err := cl.roleArgs()
	if err != nil {
		return Reply{}, err
	}
	named := storage.RoleMember
	if text != "" {
		var ok bool
		if named, ok = parseRoleName(text); !ok {
			return Reply{}, fail(storage.KindInvalid, "err.bad_role", text)
		}
	}
	current, err := cl.team.Role(cl.ctx, user)
	if err != nil {
		return Reply{}, err
	}
	if current == storage.RoleMember {
		return Say(cl.lang.T("roles.already_member", userRef(user))), nil
	}
	if text != "" && named != current {
		return Reply{}, fail(storage.KindInvalid, "err.role_not_held", userRef(user), roleName(cl.lang, named), roleName(cl.lang, current))
	}
	return cl.changeRole(user, storage.RoleMember, "role.revoke")
}

// changeRole stores user's new role r and audits it as action. It refuses
// to take the admin role from the workspace's last admin, so that the
// workspace cannot be locked out. Idempotent: a user who already has r is
// left alone.
func (cl *call) changeRole(user string, r storage.Role, action string) (Reply, error) {
	current, err := cl.team.Role(cl.ctx, user)
	if err != nil {
		return Reply{}, err
	}
	if current == r {
		return Say(cl.lang.T("roles.unchanged", userRef(user), roleName(cl.lang, r))), nil
	}
	if current == storage.RoleAdmin {
		if err := cl.keepAnAdmin(user); err != nil {
			return Reply{}, err
		}
	}
	change := storage.Change{Field: "access_role", Before: roleName(cl.lang, current), After: roleName(cl.lang, r)}
	if err := cl.audited(action, "user", user, []storage.Change{change}).SetRole(cl.ctx, user, r, cl.req.UserID, cl.now); err != nil {
		return Reply{}, err
	}
	if r == storage.RoleMember {
		return Say(cl.lang.T("roles.revoked", userRef(user), roleName(cl.lang, current))), nil
	}
	return Say(cl.lang.T("roles.granted", userRef(user), roleName(cl.lang, r))), nil
}

// keepAnAdmin refuses with KindForbidden when taking the admin role from
// user would leave the workspace without any admin. It is not atomic: two
// admins demoting each other at the same instant can both succeed.
func (cl *call) keepAnAdmin(user string) error {
	if len(cl.core.admins) > 0 {
		return nil
	}
	grants, err := cl.team.Roles(cl.ctx)
	if err != nil {
		return err
	}
	for _, g := range grants {
		if g.User != user && g.Role == storage.RoleAdmin.String() {
			return nil
		}
	}
	return fail(storage.KindForbidden, "err.role_last_admin", userRef(user))
}

// rolesList: roles. Lists the admins from configuration, then every
// stored grant; everyone else is a member.
func rolesList(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	if len(bare) > 0 {
		return Reply{}, fail(storage.KindInvalid, "err.no_arguments", cmdline.JoinText(bare))
	}
	grants, err := cl.team.Roles(cl.ctx)
	if err != nil {
		return Reply{}, err
	}
	var lines []string
	for _, id := range slices.Sorted(maps.Keys(cl.core.admins)) {
		lines = append(lines, cl.lang.T("roles.config_line", userRef(id), roleName(cl.lang, storage.RoleAdmin)))
	}
	for _, g := range grants {
		r, _ := storage.ParseRole(g.Role)
		lines = append(lines, cl.lang.T("roles.line", userRef(g.User), roleName(cl.lang, r), userRef(g.GrantedBy), cl.timeText(g.GrantedAt)))
	}
	if len(lines) == 0 {
		return Say(cl.lang.T("roles.none")), nil
	}
	return Reply{Blocks: []Block{Header{cl.lang.T("roles.title")}, List{lines}, Note{cl.lang.T("roles.note")}}}, nil
}
