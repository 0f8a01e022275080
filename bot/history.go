package bot

import (
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(80,
		command{path: []string{"history"}, role: storage.RoleCoordinator, usage: "usage.history", run: history},
	)
	vocabulary.AddWords(map[string]string{"verlauf": "history", "historie": "history"})
}

// settingsTarget is the target id of audit entries about the workspace's
// settings.
const settingsTarget = "settings"

// maxChangeLen is how many characters of a changed value a history line
// shows; long notes are cut.
const maxChangeLen = 120

// history: history <ref> [page:N]. Shows the audit entries about a
// stakeholder, a committee, a Slack user (role changes and the
// stakeholders linked to them), the settings, or any record by its short
// id. Newest first: people look up what changed lately, and page 1 then
// holds the current state while later pages go back in time.
func history(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"page"})
	if err != nil {
		return Reply{}, err
	}
	page, err := parsePage(opts)
	if err != nil {
		return Reply{}, err
	}
	title, ids, err := cl.historyTarget(bare)
	if err != nil {
		return Reply{}, err
	}
	total, err := cl.team.CountAudit(cl.ctx, ids)
	if err != nil {
		return Reply{}, err
	}
	if total == 0 {
		return Say(cl.lang.T("history.none", title)), nil
	}
	if err := checkPage(page, total); err != nil {
		return Reply{}, err
	}
	pages := (total + pageSize - 1) / pageSize
	entries, err := cl.team.AuditPage(cl.ctx, ids, (page-1)*pageSize, pageSize)
	if err != nil {
		return Reply{}, err
	}
	lines := make([]string, len(entries))
	for i := range entries {
		lines[i] = cl.historyLine(&entries[i])
	}
	blocks := []Block{Header{cl.lang.T("history.title", title)}, List{lines}, Note{cl.lang.T("history.count", total)}}
	if pages > 1 {
		blocks = append(blocks, pageNote(cl.lang, page, pages))
	}
	return Reply{Blocks: blocks}, nil
}

// historyTarget returns a title and the target ids whose entries ref
// asks for. In order: the word "settings"; a Slack user; a stakeholder
// (by id, name or linked user); a committee (by id or name); any record
// by an id-shaped token that has entries. It fails with KindNotFound when
// nothing matches and passes on an ambiguous stakeholder's KindConflict.
func (cl *call) historyTarget(ref []cmdline.Value) (string, []string, error) {
	text := cmdline.JoinText(ref)
	if text == "" {
		return "", nil, fail(storage.KindInvalid, "err.history_ref_missing")
	}
	if len(ref) == 1 && ref[0].Kind == cmdline.Text && !ref[0].Quoted && vocabulary.CanonicalWord(text) == "settings" {
		return cl.lang.T("history.settings"), []string{settingsTarget}, nil
	}
	if len(ref) == 1 && ref[0].Kind == cmdline.User {
		return cl.userTargets(ref[0])
	}
	s, err := cl.resolveStakeholder(ref)
	if err == nil {
		return s.Name + " (" + s.ID + ")", []string{s.ID}, nil
	}
	if !storage.IsNotFound(err) {
		return "", nil, err
	}
	c, err := cl.resolveCommittee(ref)
	if err == nil {
		return c.Name + " (" + c.ID + ")", []string{c.ID}, nil
	}
	if !storage.IsNotFound(err) {
		return "", nil, err
	}
	if id := strings.ToLower(text); len(ref) == 1 && storage.LooksLikeShortID(id) {
		n, err := cl.team.CountAudit(cl.ctx, []string{id})
		if err != nil {
			return "", nil, err
		}
		if n > 0 {
			return id, []string{id}, nil
		}
	}
	return "", nil, fail(storage.KindNotFound, "err.history_not_found", text)
}

// userTargets returns the targets of a Slack user: the user (role
// changes) and every stakeholder linked to them.
func (cl *call) userTargets(v cmdline.Value) (string, []string, error) {
	user, err := cmdline.SlackUserID(v)
	if err != nil {
		return "", nil, err
	}
	linked, err := cl.team.StakeholdersBySlackUser(cl.ctx, user)
	if err != nil {
		return "", nil, err
	}
	ids := []string{user}
	for _, s := range linked {
		ids = append(ids, s.ID)
	}
	return userRef(user), ids, nil
}

// historyLine renders one entry: "15.01.2027 10:30 · @U1 · Akteur
// geändert · Bildungsbereich: Schule → Verwaltung; …".
func (cl *call) historyLine(e *storage.AuditEntry) string {
	parts := []string{cl.timeText(e.At), userRef(e.Actor), cl.actionName(e.Action)}
	if len(e.Changes) > 0 {
		changes := make([]string, len(e.Changes))
		for i, ch := range e.Changes {
			changes[i] = fieldLabel(cl.lang, ch.Field) + ": " + clip(orDash(ch.Before)) + " → " + clip(orDash(ch.After))
		}
		parts = append(parts, strings.Join(changes, "; "))
	}
	return strings.Join(parts, " · ")
}

// actionName returns an audit action's localised name, or a generic one
// naming the action for actions without a catalog entry.
func (cl *call) actionName(action string) string {
	key := "audit.action." + action
	if name := cl.lang.T(key); name != key {
		return name
	}
	return cl.lang.T("audit.action.other", action)
}

// fieldLabel returns a changed field's label, or the field's key when the
// catalog has none.
func fieldLabel(l i18n.Lang, field string) string {
	key := "field." + field
	if label := l.T(key); label != key {
		return label
	}
	return field
}

// clip shortens s to maxChangeLen characters, marking the cut with "…".
func clip(s string) string {
	r := []rune(s)
	if len(r) <= maxChangeLen {
		return s
	}
	return string(r[:maxChangeLen-1]) + "…"
}
