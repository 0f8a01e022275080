package bot

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(95,
		command{path: []string{"settings"}, role: storage.RoleAdmin, usage: "usage.settings", run: settingsShow},
		command{path: []string{"settings", "language"}, role: storage.RoleAdmin, usage: "usage.settings_language", run: settingsLanguage},
		command{path: []string{"settings", "timezone"}, role: storage.RoleAdmin, usage: "usage.settings_timezone", run: settingsTimezone},
		command{path: []string{"settings", "sectors", "add"}, role: storage.RoleAdmin, usage: "usage.settings_sectors_add", run: settingsSectorsAdd},
		command{path: []string{"settings", "sectors", "remove"}, role: storage.RoleAdmin, usage: "usage.settings_sectors_remove", run: settingsSectorsRemove},
		command{path: []string{"settings", "dimensions"}, role: storage.RoleAdmin, usage: "usage.settings_dimensions", run: settingsDimensions},
		command{path: []string{"settings", "anonymity"}, role: storage.RoleAdmin, usage: "usage.settings_anonymity", run: settingsAnonymity},
		command{path: []string{"settings", "networkname"}, role: storage.RoleAdmin, usage: "usage.settings_network_name", run: settingsNetworkName},
		command{path: []string{"settings", "canvas"}, role: storage.RoleAdmin, usage: "usage.settings_canvas", run: settingsCanvas},
	)
	vocabulary.AddWords(map[string]string{
		"einstellungen": "settings", "einstellung": "settings",
		"sprache":  "language",
		"zeitzone": "timezone",
		"sektoren": "sectors", "bildungsbereiche": "sectors",
		"dimensionen": "dimensions", "wirksamkeitsdimensionen": "dimensions",
		"anonymität": "anonymity", "anonymitaet": "anonymity",
		"entfernen":    "remove",
		"netzwerkname": "networkname", "network-name": "networkname",
		"kanvas": "canvas", "canvas": "canvas",
	})
}

// The number of effectiveness dimensions a workspace may have.
const (
	minDimensions = 4
	maxDimensions = 6
)

// settingsShow: settings. Shows every setting, marking defaults.
func settingsShow(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	if len(bare) > 0 {
		if vocabulary.CanonicalWord(bare[0].Text) == "sectors" {
			return Reply{}, fail(storage.KindInvalid, "err.unknown_subcommand", bare[0].Text, "add, remove")
		}
		return Reply{}, fail(storage.KindInvalid, "err.settings_unknown", bare[0].Text)
	}
	return cl.settingsCard(), nil
}

// settingsCard shows every setting of the call's settings, marking
// defaults.
func (cl *call) settingsCard() Reply {
	s, l := cl.settings, cl.lang
	mark := func(isDefault bool) string {
		if isDefault {
			return " " + l.T("settings.default_mark")
		}
		return ""
	}
	sectors := cl.settings.SectorList()
	sectorLabels := make([]string, len(sectors))
	for i, key := range sectors {
		sectorLabels[i] = cl.sectorLabel(key)
	}
	fields := []Field{
		{l.T("field.language"), languageName(l, l) + mark(s.Language == "")},
		{l.T("field.timezone"), cl.loc.String() + mark(s.Timezone == "")},
		{l.T("field.sectors"), strings.Join(sectorLabels, ", ") + mark(s.Sectors == nil)},
		{l.T("field.dimensions"), strings.Join(dimensionNames(l, s.DimensionList()), ", ") + mark(len(s.Dimensions) == 0)},
		{l.T("field.anonymity"), l.T("settings.anonymity_value", s.AnonymityThreshold()) + mark(s.Anonymity < storage.MinAnonymity)},
		{l.T("field.network_name"), networkName(l, s) + mark(s.NetworkName == "")},
		{l.T("field.review_canvas"), onOff(l, s.ReviewCanvas) + mark(!s.ReviewCanvas)},
	}
	return Reply{Blocks: []Block{Header{l.T("settings.title")}, Fields{fields}, Note{l.T("settings.hint")}}}
}

// settingsLanguage: settings language de|en. The reply is already in the
// new language.
func settingsLanguage(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	text := cmdline.JoinText(bare)
	if text == "" {
		return Reply{}, fail(storage.KindInvalid, "err.language_missing")
	}
	lang, ok := i18n.ParseLang(text)
	if !ok {
		return Reply{}, fail(storage.KindInvalid, "err.bad_language", text)
	}
	if lang == cl.lang {
		return Say(cl.lang.T("settings.unchanged", cl.lang.T("field.language"), languageName(cl.lang, lang))), nil
	}
	change := storage.Change{Field: "language", Before: languageName(cl.lang, cl.lang), After: languageName(cl.lang, lang)}
	if err := cl.saveSettings(storage.SettingsPatch{Language: new(string(lang))}, "settings.edit", change); err != nil {
		return cl.settingsLostRace(err)
	}
	cl.lang = lang
	return Say(lang.T("settings.language_set", languageName(lang, lang))), nil
}

// languageName is the name of language in l ("Englisch").
func languageName(l, language i18n.Lang) string { return l.T("language." + string(language)) }

// settingsTimezone: settings timezone <IANA zone>. "Local" is refused: it
// would mean the server's zone, which no user can see.
func settingsTimezone(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	name := cmdline.JoinText(bare)
	if name == "" {
		return Reply{}, fail(storage.KindInvalid, "err.timezone_missing")
	}
	loc, err := time.LoadLocation(name)
	if err != nil || strings.EqualFold(name, "local") {
		return Reply{}, fail(storage.KindInvalid, "err.bad_timezone", name)
	}
	if loc.String() == cl.loc.String() {
		return Say(cl.lang.T("settings.unchanged", cl.lang.T("field.timezone"), loc.String())), nil
	}
	change := storage.Change{Field: "timezone", Before: cl.loc.String(), After: loc.String()}
	if err := cl.saveSettings(storage.SettingsPatch{Timezone: new(loc.String())}, "settings.edit", change); err != nil {
		return cl.settingsLostRace(err)
	}
	cl.loc = loc
	return Say(cl.lang.T("settings.timezone_set", loc.String(), cl.timeText(cl.now))), nil
}

// settingsSectorsAdd: settings sectors add <name>[, <name>…]. A name that
// is already a sector (by key or by name in either language) is refused;
// the name of a removed default sector brings that sector back.
func settingsSectorsAdd(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	names := nameList(bare)
	if len(names) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.sector_name_missing")
	}
	current := cl.settings.SectorList()
	var keys []string
	for _, name := range names {
		if err := checkName(name); err != nil {
			return Reply{}, err
		}
		key := defaultSectorKey(name)
		if strings.IndexFunc(key, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			return Reply{}, fail(storage.KindInvalid, "err.bad_sector_name", name)
		}
		if slices.Contains(keys, key) || slices.ContainsFunc(current, func(s string) bool { return cl.isSector(s, name) }) {
			return Reply{}, fail(storage.KindConflict, "err.sector_exists", name)
		}
		keys = append(keys, key)
	}
	sectors := append(slices.Clone(current), keys...)
	sectorNames := slices.Clone(cl.settings.SectorNames)
	labels := make([]string, len(keys))
	for i, key := range keys {
		labels[i] = sectorName(cl.lang, key)
		if !slices.Contains(storage.DefaultSectors, key) {
			sectorNames = append(sectorNames, storage.NamedSector{Key: key, Name: names[i]})
			labels[i] = names[i]
		}
	}
	added := strings.Join(labels, ", ")
	p := storage.SettingsPatch{Sectors: &sectors, SectorNames: &sectorNames}
	if err := cl.saveSettings(p, "settings.sectors_add", storage.Change{Field: "sectors", After: added}); err != nil {
		return cl.settingsLostRace(err)
	}
	return Say(cl.lang.T("settings.sectors_added", added)), nil
}

// settingsSectorsRemove: settings sectors remove <name>[, <name>…]. A
// sector that stakeholders still belong to is refused, naming how many, and
// so is removing the last sector.
//
// Removing races with giving a stakeholder that sector: each side checks
// the other's write after its own (this one counts the stakeholders again
// after storing the removal, keepSector reads the sectors again after
// storing the stakeholder), so at least one of them sees the other and
// restores the sector: no stakeholder is left in a removed sector.
func settingsSectorsRemove(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	names := nameList(bare)
	if len(names) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.sector_name_missing")
	}
	var keys, labels []string
	for _, name := range names {
		key, err := cl.parseSector(cmdline.Value{Kind: cmdline.Text, Text: name})
		if err != nil {
			return Reply{}, err
		}
		if slices.Contains(keys, key) {
			continue
		}
		if err := cl.refuseSectorInUse(key); err != nil {
			return Reply{}, err
		}
		keys, labels = append(keys, key), append(labels, cl.sectorLabel(key))
	}
	sectors := slices.DeleteFunc(slices.Clone(cl.settings.SectorList()), func(k string) bool { return slices.Contains(keys, k) })
	if len(sectors) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.sector_last")
	}
	before := cl.settings
	kept := slices.DeleteFunc(slices.Clone(before.SectorNames), func(n storage.NamedSector) bool { return slices.Contains(keys, n.Key) })
	removed := strings.Join(labels, ", ")
	p := storage.SettingsPatch{Sectors: &sectors, SectorNames: &kept}
	if err := cl.saveSettings(p, "settings.sectors_remove", storage.Change{Field: "sectors", Before: removed}); err != nil {
		return cl.settingsLostRace(err)
	}
	for _, key := range keys {
		if err := cl.refuseSectorInUse(key); err != nil {
			if restoreErr := cl.restoreSectors(keys, before); restoreErr != nil {
				return Reply{}, restoreErr
			}
			return Reply{}, err
		}
	}
	return Say(cl.lang.T("settings.sectors_removed", removed)), nil
}

// settingsDimensions: settings dimensions <name>, <name>, … (four to six,
// comma-separated or quoted). Names of the default dimensions in either
// language are stored as their keys, so they stay localised; other names
// are stored as typed.
func settingsDimensions(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	names := nameList(bare)
	if len(names) < minDimensions || len(names) > maxDimensions {
		return Reply{}, fail(storage.KindInvalid, "err.dimension_count", minDimensions, maxDimensions, len(names))
	}
	var dims []string
	for _, name := range names {
		if err := checkName(name); err != nil {
			return Reply{}, err
		}
		d := dimensionKey(name)
		if slices.ContainsFunc(dims, func(o string) bool { return strings.EqualFold(o, d) }) {
			return Reply{}, fail(storage.KindInvalid, "err.dimension_duplicate", name)
		}
		dims = append(dims, d)
	}
	before := strings.Join(dimensionNames(cl.lang, cl.settings.DimensionList()), ", ")
	after := strings.Join(dimensionNames(cl.lang, dims), ", ")
	if slices.Equal(dims, cl.settings.DimensionList()) {
		return Say(cl.lang.T("settings.unchanged", cl.lang.T("field.dimensions"), after)), nil
	}
	change := storage.Change{Field: "dimensions", Before: before, After: after}
	if err := cl.saveSettings(storage.SettingsPatch{Dimensions: &dims}, "settings.edit", change); err != nil {
		return cl.settingsLostRace(err)
	}
	return Say(cl.lang.T("settings.dimensions_set", after)), nil
}

// settingsAnonymity: settings anonymity <k>. A committee's survey results
// are shown only when at least k members answered; k is a whole number of
// at least 2. Anything else is refused and nothing changes. Only this
// setting is written; reviews already open keep the threshold their survey
// promised, or the higher new one.
func settingsAnonymity(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	text := cmdline.JoinText(bare)
	if text == "" {
		return Reply{}, fail(storage.KindInvalid, "err.anonymity_missing", storage.MinAnonymity)
	}
	k, err := strconv.Atoi(text)
	if err != nil || k < storage.MinAnonymity {
		return Reply{}, fail(storage.KindInvalid, "err.anonymity_invalid", text, storage.MinAnonymity)
	}
	before := cl.settings.AnonymityThreshold()
	if k == before && cl.settings.Anonymity >= storage.MinAnonymity {
		return Say(cl.lang.T("settings.unchanged", cl.lang.T("field.anonymity"), cl.lang.T("settings.anonymity_value", k))), nil
	}
	change := storage.Change{Field: "anonymity", Before: strconv.Itoa(before), After: strconv.Itoa(k)}
	if err := cl.saveSettings(storage.SettingsPatch{Anonymity: &k}, "settings.edit", change); err != nil {
		return cl.settingsLostRace(err)
	}
	return Say(cl.lang.T("settings.anonymity_set", k)), nil
}

// saveSettings stores the fields p sets on the call's settings with the
// audit entry of the change as action, and makes the stored settings the
// call's. Another admin's change stored first refuses it (see
// settingsLostRace).
func (cl *call) saveSettings(p storage.SettingsPatch, action string, changes ...storage.Change) error {
	err := cl.audited(action, "settings", settingsTarget, changes).SetSettings(cl.ctx, cl.settings, p, cl.req.UserID, cl.now)
	if err != nil {
		return err
	}
	s, err := cl.team.Settings(cl.ctx)
	if err != nil {
		return err
	}
	cl.settings = s
	return nil
}

// settingsLostRace answers a settings change that err refused because
// another admin changed the settings first, with the settings as they are
// now (see lostRace); other errors stay as they are.
func (cl *call) settingsLostRace(err error) (Reply, error) {
	return cl.lostRace(err, func() (Reply, error) {
		s, err := cl.team.Settings(cl.ctx)
		if err != nil {
			return Reply{}, err
		}
		cl.settings = s
		return cl.settingsCard(), nil
	}, "settings.changed_meanwhile")
}

// refuseSectorInUse fails with err.sector_in_use when stakeholders belong
// to the sector key.
func (cl *call) refuseSectorInUse(key string) error {
	inUse, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{Sector: key})
	if err != nil {
		return err
	}
	if len(inUse) > 0 {
		return fail(storage.KindConflict, "err.sector_in_use", cl.sectorLabel(key), len(inUse))
	}
	return nil
}

// keepSector is called after a stakeholder was stored with the sector key
// (empty: none), which the call's settings list: when an admin removed
// that sector meanwhile, it is restored, so that no stakeholder belongs to
// a removed sector (see settingsSectorsRemove).
func (cl *call) keepSector(key string) error {
	if key == "" {
		return nil
	}
	return cl.restoreSectors([]string{key}, cl.settings)
}

// maxRestoreAttempts bounds restoreSectors' retries when other settings
// changes keep winning.
const maxRestoreAttempts = 5

// restoreSectors adds those of keys that are not among the workspace's
// sectors back to them, with the display names named gives them, as an
// audited change of the caller ("settings.sectors_restore"). When another
// settings change is stored first it reads the settings again and retries.
func (cl *call) restoreSectors(keys []string, named storage.Settings) error {
	var err error
	for range maxRestoreAttempts {
		var s storage.Settings
		if s, err = cl.team.Settings(cl.ctx); err != nil {
			return err
		}
		sectors, names := slices.Clone(s.SectorList()), slices.Clone(s.SectorNames)
		var labels []string
		for _, key := range keys {
			if slices.Contains(sectors, key) {
				continue
			}
			sectors = append(sectors, key)
			if name := named.SectorDisplayName(key); name != "" && s.SectorDisplayName(key) == "" {
				names = append(names, storage.NamedSector{Key: key, Name: name})
			}
			labels = append(labels, sectorDisplay(cl.lang, named, key))
		}
		if len(labels) == 0 {
			return nil
		}
		change := storage.Change{Field: "sectors", After: strings.Join(labels, ", ")}
		err = cl.audited("settings.sectors_restore", "settings", settingsTarget, []storage.Change{change}).
			SetSettings(cl.ctx, s, storage.SettingsPatch{Sectors: &sectors, SectorNames: &names}, cl.req.UserID, cl.now)
		if _, lost := storage.ChangedMeanwhile(err); !lost {
			return err
		}
	}
	return err
}

// nameList reads a list of names: each quoted value is one name, and
// unquoted words form names separated by commas ("Kulturelle Bildung,
// Sport" is two names). Empty names are dropped.
func nameList(vals []cmdline.Value) []string {
	var names, words []string
	flush := func() {
		for _, n := range strings.Split(strings.Join(words, " "), ",") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		words = nil
	}
	for _, v := range vals {
		items := v.Items
		if items == nil {
			items = []cmdline.Value{v}
		}
		for i, item := range items {
			if item.Quoted {
				flush()
				if n := strings.TrimSpace(item.Text); n != "" {
					names = append(names, n)
				}
				continue
			}
			words = append(words, item.Text)
			if i < len(items)-1 {
				flush()
			}
		}
	}
	flush()
	return names
}

// sectorKey returns the key form of a sector name: lower case, words
// joined by '-' ("Kulturelle Bildung" → "kulturelle-bildung").
func sectorKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(name)), "-")
}

// defaultSectorKey returns the key of the default sector that name names
// (by key or catalog name in either language), else sectorKey(name).
func defaultSectorKey(name string) string {
	for _, d := range storage.DefaultSectors {
		if sectorNamed(d, name, "") {
			return d
		}
	}
	return sectorKey(name)
}

// isSector reports whether typed names the workspace's sector key: by key,
// by catalog name in either language or by its display name, ignoring case
// and spacing.
func (cl *call) isSector(key, typed string) bool {
	return sectorNamed(key, typed, cl.settings.SectorDisplayName(key))
}

func sectorNamed(key, typed, displayName string) bool {
	t := sectorKey(typed)
	return t != "" && (t == key || t == sectorKey(sectorName(i18n.German, key)) ||
		t == sectorKey(sectorName(i18n.English, key)) || t == sectorKey(displayName))
}

// sectorLabel is a sector's name as shown to users: its display name for
// sectors an admin added, the catalog name for default sectors.
func (cl *call) sectorLabel(key string) string {
	return sectorDisplay(cl.lang, cl.settings, key)
}

// sectorDisplay returns a sector's display name in l: the name an admin
// gave an added sector, else the catalog's name of a default sector, else
// the key.
func sectorDisplay(l i18n.Lang, st storage.Settings, key string) string {
	if name := st.SectorDisplayName(key); name != "" {
		return name
	}
	return sectorName(l, key)
}

// dimensionKey returns the key of the default dimension that name names
// (by key or catalog name in either language), else name as typed.
func dimensionKey(name string) string {
	for _, d := range storage.DefaultDimensions {
		if strings.EqualFold(name, d) || strings.EqualFold(name, strings.ReplaceAll(d, "-", " ")) ||
			strings.EqualFold(name, i18n.German.T("dimension."+d)) || strings.EqualFold(name, i18n.English.T("dimension."+d)) {
			return d
		}
	}
	return name
}

// dimensionName returns a dimension's name in l: the catalog's for the
// default dimensions, the stored name for custom ones.
func dimensionName(l i18n.Lang, d string) string {
	if name := l.T("dimension." + d); name != "dimension."+d {
		return name
	}
	return d
}

func dimensionNames(l i18n.Lang, dims []string) []string {
	out := make([]string, len(dims))
	for i, d := range dims {
		out[i] = dimensionName(l, d)
	}
	return out
}

// settingsNetworkName: settings networkname "<name>". The name heads the
// review report.
func settingsNetworkName(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	name := strings.TrimSpace(cmdline.JoinText(bare))
	if name == "" {
		return Reply{}, fail(storage.KindInvalid, "err.network_name_missing")
	}
	if err := checkName(name); err != nil {
		return Reply{}, err
	}
	if name == cl.settings.NetworkName {
		return Say(cl.lang.T("settings.unchanged", cl.lang.T("field.network_name"), name)), nil
	}
	change := storage.Change{Field: "network_name", Before: cl.settings.NetworkName, After: name}
	if err := cl.saveSettings(storage.SettingsPatch{NetworkName: &name}, "settings.edit", change); err != nil {
		return Reply{}, err
	}
	return Say(cl.lang.T("settings.network_name_set", name)), nil
}

// networkName is the workspace's network name, or the catalog's word for a
// network without one.
func networkName(l i18n.Lang, s storage.Settings) string {
	if s.NetworkName != "" {
		return s.NetworkName
	}
	return l.T("settings.network_name_default")
}

// settingsCanvas: settings canvas on|off. On, a review's closing also
// writes its summary into the canvas of the review's channel; Slack needs
// the optional scope canvases:write for it.
func settingsCanvas(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	if len(bare) != 1 {
		return Reply{}, fail(storage.KindInvalid, "err.canvas_on_off")
	}
	var on bool
	switch strings.ToLower(bare[0].Text) {
	case "an", "on", "ein", "ja", "yes":
		on = true
	case "aus", "off", "nein", "no":
	default:
		return Reply{}, fail(storage.KindInvalid, "err.canvas_on_off")
	}
	if on == cl.settings.ReviewCanvas {
		return Say(cl.lang.T("settings.unchanged", cl.lang.T("field.review_canvas"), onOff(cl.lang, on))), nil
	}
	change := storage.Change{Field: "review_canvas", Before: onOff(cl.lang, !on), After: onOff(cl.lang, on)}
	if err := cl.saveSettings(storage.SettingsPatch{ReviewCanvas: &on}, "settings.edit", change); err != nil {
		return Reply{}, err
	}
	if on {
		return Say(cl.lang.T("settings.canvas_on")), nil
	}
	return Say(cl.lang.T("settings.canvas_off")), nil
}

// onOff names a switch's state in l.
func onOff(l i18n.Lang, on bool) string {
	if on {
		return l.T("settings.on")
	}
	return l.T("settings.off")
}
