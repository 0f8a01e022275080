package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"

	"errors"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/netzwerkbot/netzwerkbot/review/schedule"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(60,
		command{path: []string{"schedule", "add"}, role: storage.RoleAdmin, usage: "usage.schedule_add", run: scheduleAdd},
		command{path: []string{"schedule", "list"}, role: storage.RoleAdmin, usage: "usage.schedule_list", run: scheduleList},
		command{path: []string{"schedule", "preview"}, role: storage.RoleMember, usage: "usage.schedule_preview", run: schedulePreview},
		command{path: []string{"schedule", "pause"}, role: storage.RoleAdmin, usage: "usage.schedule_pause", run: schedulePause},
		command{path: []string{"schedule", "resume"}, role: storage.RoleAdmin, usage: "usage.schedule_resume", run: scheduleResume},
		command{path: []string{"schedule", "remove"}, role: storage.RoleAdmin, usage: "usage.schedule_remove", run: scheduleRemove},
		command{path: []string{"schedule", "run"}, role: storage.RoleAdmin, usage: "usage.schedule_run", run: scheduleRun},
	)
	vocabulary.AddWords(map[string]string{"zeitplan": "schedule", "zeitpläne": "schedule"})
	vocabulary.AddScopedWords("schedule", map[string]string{
		"vorschau": "preview", "pausieren": "pause", "fortsetzen": "resume",
		"löschen": "remove", "ausführen": "run",
	})
	vocabulary.AddScopedKeys("schedule", map[string]string{
		"art": "kind", "zeitzone": "tz", "timezone": "tz", "zone": "tz",
		"zeitraum": "window", "kanal": "channel", "gremien": "committees", "frist": "deadline",
	})
}

// Limits of a schedule's durations.
const (
	maxWindow   = 366 * 24 * time.Hour
	maxDeadline = 7 * 24 * time.Hour
)

// scheduleKindWords maps the typed kinds, English and German, to the stored
// ones.
var scheduleKindWords = map[string]string{
	storage.ScheduleNetworkReview: storage.ScheduleNetworkReview, "review": storage.ScheduleNetworkReview,
	"netzwerküberprüfung": storage.ScheduleNetworkReview, "überprüfung": storage.ScheduleNetworkReview,
	storage.ScheduleCommitmentDigest: storage.ScheduleCommitmentDigest, "digest": storage.ScheduleCommitmentDigest,
	"zusagen": storage.ScheduleCommitmentDigest, "zusagen-übersicht": storage.ScheduleCommitmentDigest,
}

// scheduleAdd: schedule add "<spec>" kind:… [tz:…] [window:…] [channel:#…]
// [committees:…] [deadline:…].
func scheduleAdd(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"kind", "tz", "window", "channel", "committees", "deadline"})
	if err != nil {
		return Reply{}, err
	}
	s := storage.Schedule{Spec: strings.TrimSpace(cmdline.JoinText(bare)), CreatedBy: cl.req.UserID, CreatedAt: cl.now}
	sched, err := cl.parseSpec(s.Spec)
	if err != nil {
		return Reply{}, err
	}
	kind, ok := opts["kind"]
	if !ok {
		return Reply{}, fail(storage.KindInvalid, "err.schedule_kind_missing", enumNames(cl.lang, "schedule.kind.", storage.ScheduleKinds))
	}
	if s.Kind, ok = scheduleKindWords[strings.ToLower(kind.Text)]; !ok {
		return Reply{}, fail(storage.KindInvalid, "err.bad_enum", cl.lang.T("field.schedule_kind"), kind.Text, enumNames(cl.lang, "schedule.kind.", storage.ScheduleKinds))
	}
	loc, err := cl.scheduleZone(opts)
	if err != nil {
		return Reply{}, err
	}
	s.Timezone = loc.String()
	if s.Window, err = cl.durationOption(opts, "window", storage.DefaultScheduleWindow, maxWindow); err != nil {
		return Reply{}, err
	}
	if s.Deadline, err = cl.durationOption(opts, "deadline", storage.DefaultScheduleDeadline, maxDeadline); err != nil {
		return Reply{}, err
	}
	if v, ok := opts["channel"]; ok {
		if s.Channel, err = cl.channelID(v); err != nil {
			return Reply{}, err
		}
	}
	if v, ok := opts["committees"]; ok {
		if s.Committees, err = cl.committeeIDs(v); err != nil {
			return Reply{}, err
		}
	}
	if err := cl.checkNewSchedule(s, sched, loc); err != nil {
		return Reply{}, err
	}
	s, err = cl.audited("schedule.add", "schedule", "", scheduleChanges(cl.lang, s)).AddSchedule(cl.ctx, s)
	if err != nil {
		return Reply{}, err
	}
	return Reply{Blocks: []Block{
		Paragraph{cl.lang.T("schedule.added", cl.lang.T("schedule.kind."+s.Kind), s.ID)},
		Fields{scheduleFields(cl.lang, s)},
		Note{cl.lang.T("schedule.next_runs", strings.Join(cl.nextRuns(s, 3), "; "))},
	}}, nil
}

// schedulePreview: schedule preview "<spec>" [tz:…] lists the next five
// runs without storing anything.
func schedulePreview(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"tz"})
	if err != nil {
		return Reply{}, err
	}
	spec := strings.TrimSpace(cmdline.JoinText(bare))
	sched, err := cl.parseSpec(spec)
	if err != nil {
		return Reply{}, err
	}
	loc, err := cl.scheduleZone(opts)
	if err != nil {
		return Reply{}, err
	}
	var lines []string
	for _, t := range schedule.NextRuns(sched, loc, cl.now, 5) {
		lines = append(lines, formatWhen(cl.lang, t))
	}
	return Reply{Blocks: []Block{Header{cl.lang.T("schedule.preview_title", spec, loc.String())}, List{lines}}}, nil
}

// parseSpec parses a cron spec, refusing it with the parser's reason in a
// localised sentence.
func (cl *call) parseSpec(spec string) (cron.Schedule, error) {
	if spec == "" {
		return nil, fail(storage.KindInvalid, "err.schedule_spec_missing")
	}
	sched, err := schedule.ParseSpec(spec)
	if se, ok := errors.AsType[*schedule.SpecError](err); ok {
		return nil, fail(storage.KindInvalid, "err.schedule_spec", spec, cl.reason(se.Reason))
	}
	return sched, err
}

// scheduleZone returns the zone of option tz, or the workspace's.
func (cl *call) scheduleZone(opts map[string]cmdline.Value) (*time.Location, error) {
	v, ok := opts["tz"]
	if !ok {
		return cl.loc, nil
	}
	loc, err := schedule.LoadZone(v.Text)
	if ze, ok := errors.AsType[*schedule.ZoneError](err); ok {
		return nil, fail(storage.KindInvalid, "err.schedule_zone", v.Text, cl.reason(ze.Reason))
	}
	return loc, err
}

// reasonKeys maps the review package's own refusals to catalog keys.
var reasonKeys = map[string]string{
	schedule.ReasonZonePrefix: "reason.zone_prefix",
	schedule.ReasonEvery:      "reason.every",
	schedule.ReasonNeverFires: "reason.never_fires",
	schedule.ReasonNoZone:     "reason.no_zone",
	schedule.ReasonLocalZone:  "reason.local_zone",
}

// reason localises one of the review package's reasons, or the cron
// parser's or the time package's text (see foreignReason).
func (cl *call) reason(r string) string {
	if key, ok := reasonKeys[r]; ok {
		return cl.lang.T(key)
	}
	key, args := foreignReason(r)
	return cl.lang.T(key, args...)
}

// durationOption reads option key as a duration up to most, or returns def.
// A refusal names the key in the workspace's language.
func (cl *call) durationOption(opts map[string]cmdline.Value, key string, def, most time.Duration) (time.Duration, error) {
	v, ok := opts[key]
	if !ok {
		return def, nil
	}
	d, ok := cmdline.ParseDuration(v.Text)
	if !ok || d > most {
		return 0, fail(storage.KindInvalid, "err.bad_duration", v.Text, cl.keyName(key), durationText(cl.lang, most))
	}
	return d, nil
}

// channelID returns the id of a <#C…> mention or of a typed channel id;
// a bare #name cannot be resolved and is refused, except where the
// transport has no Slack channels (Options.ChannelNames): there the name
// is the channel.
func (cl *call) channelID(v cmdline.Value) (string, error) {
	if v.ID != "" {
		return v.ID, nil
	}
	id := strings.TrimPrefix(v.Text, "#")
	if cl.core.channelNames && id != "" && !strings.ContainsAny(id, " \t") {
		return id, nil
	}
	if len(id) >= 3 && (id[0] == 'C' || id[0] == 'G') && strings.ToUpper(id) == id && !strings.ContainsAny(id, " \t") {
		return id, nil
	}
	return "", fail(storage.KindInvalid, "err.channel_unresolved", v.Text)
}

// committeeIDs resolves a comma-separated list of committee ids or names,
// each quoted or not.
func (cl *call) committeeIDs(v cmdline.Value) ([]string, error) {
	var ids []string
	for _, ref := range v.List() {
		c, err := cl.resolveCommittee([]cmdline.Value{ref})
		if err != nil {
			return nil, err
		}
		ids = append(ids, c.ID)
	}
	return ids, nil
}

// nextRuns formats the next n runs of a stored schedule from now.
func (cl *call) nextRuns(s storage.Schedule, n int) []string {
	sched, err := schedule.ParseSpec(s.Spec)
	if err != nil {
		return nil
	}
	loc, err := schedule.LoadZone(s.Timezone)
	if err != nil {
		return nil
	}
	var out []string
	for _, t := range schedule.NextRuns(sched, loc, cl.now, n) {
		out = append(out, formatWhen(cl.lang, t))
	}
	return out
}

// formatWhen writes a time in its own zone, with the zone's abbreviation
// as l writes it (MEZ, MESZ in German).
func formatWhen(l i18n.Lang, t time.Time) string {
	return t.Format(l.T("schedule.time_layout")) + " " + l.Zone(t)
}

// scheduleFields are the details shown for a schedule.
func scheduleFields(l i18n.Lang, s storage.Schedule) []Field {
	fields := []Field{
		{l.T("field.schedule_spec"), s.Spec},
		{l.T("field.schedule_kind"), l.T("schedule.kind." + s.Kind)},
		{l.T("field.schedule_tz"), s.Timezone},
		{l.T("field.schedule_window"), durationText(l, s.Window)},
		{l.T("field.schedule_deadline"), durationText(l, s.Deadline)},
	}
	if s.Channel != "" {
		fields = append(fields, Field{l.T("field.schedule_channel"), "<#" + s.Channel + ">"})
	}
	if len(s.Committees) > 0 {
		fields = append(fields, Field{l.T("field.schedule_committees"), strings.Join(s.Committees, ", ")})
	}
	return fields
}

// scheduleChanges lists a new schedule's settings for the audit.
func scheduleChanges(l i18n.Lang, s storage.Schedule) []storage.Change {
	var out []storage.Change
	for _, f := range scheduleFields(l, s) {
		out = append(out, storage.Change{Field: f.Label, After: f.Value})
	}
	return out
}
