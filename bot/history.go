package bot

import (
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
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
		return shownName(cl.lang, s) + " (" + s.ID + ")", []string{s.ID}, nil
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
			return cl.recordTitle(id), []string{id}, nil
		}
	}
	return "", nil, fail(storage.KindNotFound, "err.history_not_found", text)
}

// recordTitle names the record id in a history's title: a meeting by its
// committee and day, anything else (or a deleted meeting) by its id.
func (cl *call) recordTitle(id string) string {
	m, err := cl.team.Meeting(cl.ctx, id)
	if err != nil {
		return id
	}
	return cl.lang.T("history.meeting", id, cl.committeeRef(m.CommitteeID), cl.lang.StoredDay(m.Date))
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

// listActions are the actions whose changes are one list of values: the
// history says them as a sentence ("Mitglied hinzugefügt: Eva Muster,
// Bernd Beispiel").
var listActions = map[string]bool{
	"committee.member_add": true, "committee.member_remove": true,
	"settings.sectors_add": true, "settings.sectors_remove": true, "settings.sectors_restore": true,
}

// historyLine renders one entry: "15.01.2027 10:30 · @U1 · Akteur
// geändert · Bildungsbereich: Schule → Verwaltung; …", with field labels,
// values and names in the reader's language (see history_values.go).
func (cl *call) historyLine(e *storage.AuditEntry) string {
	actor := userRef(e.Actor)
	if e.Actor == "" { // the bot itself: a review closed at its deadline
		actor = cl.lang.T("history.by_bot")
	}
	parts := []string{cl.timeText(e.At), actor}
	if listActions[e.Action] {
		values := make([]string, len(e.Changes))
		for i, ch := range e.Changes {
			values[i] = cl.shownValue(e.TargetKind, ch.Field, ch.Before+ch.After)
		}
		return strings.Join(append(parts, cl.actionName(e.Action)+": "+strings.Join(values, ", ")), " · ")
	}
	parts = append(parts, cl.actionName(e.Action))
	if len(e.Changes) > 0 {
		oneSided := isOneSided(e)
		changes := make([]string, len(e.Changes))
		for i, ch := range e.Changes {
			changes[i] = cl.changeText(e.TargetKind, ch, oneSided)
		}
		parts = append(parts, strings.Join(changes, "; "))
	}
	return strings.Join(parts, " · ")
}

// changeText renders one change of a record of kind: "Frist: 15.02.2027 →
// 01.03.2027", or only the value that is there when oneSided; values the
// privacy erasure blanked read "(gelöscht)".
func (cl *call) changeText(kind string, ch storage.Change, oneSided bool) string {
	label := cl.changeLabel(kind, ch.Field) + ": "
	switch {
	case ch.Before == "" && ch.After == "":
		return label + cl.lang.T("history.blanked")
	case oneSided:
		return label + cl.shownValue(kind, ch.Field, ch.Before+ch.After)
	}
	return label + cl.shownValue(kind, ch.Field, ch.Before) + " → " + cl.shownValue(kind, ch.Field, ch.After)
}

// isOneSided reports whether e records values of a record made or removed
// (every change has only a value after, or only one before), which the
// history shows without arrows. Edits always show both sides.
func isOneSided(e *storage.AuditEntry) bool {
	if strings.HasSuffix(e.Action, ".edit") {
		return false
	}
	noBefore, noAfter := true, true
	for _, ch := range e.Changes {
		noBefore = noBefore && ch.Before == ""
		noAfter = noAfter && ch.After == ""
	}
	return noBefore || noAfter
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

// clip shortens s to maxChangeLen characters, marking the cut with "…".
func clip(s string) string {
	r := []rune(s)
	if len(r) <= maxChangeLen {
		return s
	}
	return string(r[:maxChangeLen-1]) + "…"
}
