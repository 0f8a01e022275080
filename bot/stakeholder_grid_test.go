package bot_test

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestStakeholderGrid(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	h.do(admin, `akteur neu "Jörg Weiß" sektor:Schule einfluss:high interesse:high`)
	h.do(admin, `akteur neu "Änne Groß" sektor:Schule einfluss:low interesse:high`)
	h.do(admin, `akteur neu "Ömer Şahin" sektor:Politik einfluss:high interesse:low`)
	h.do(admin, `akteur neu "Ohne Stufe"`)
	h.expect(admin, `gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:kooperation`, "Lenkungsgruppe")
	h.expect(admin, `gremium mitglieder hinzufügen Lenkungsgruppe "Ömer Şahin"`, "Ömer Şahin")

	h.expect(member, "akteur raster", "Koordinierende Stelle")
	h.expect(coord, "akteur raster", "== Einfluss-Interesse-Raster ==",
		"• Einfluss hoch, Interesse hoch: 1 – Eng einbinden: Jörg Weiß",
		"• Einfluss hoch, Interesse gering: 1 – Zufriedenstellen: Ömer Şahin",
		"• Einfluss gering, Interesse hoch: 1 – Informiert halten: Änne Groß",
		"• Einfluss mittel, Interesse mittel: 0\n", "Ohne Einstufung: 1")
	reply := h.reply(coord, "akteur raster")
	if reply.File == nil || reply.File.Name != "grid.png" {
		t.Fatalf("file %+v", reply.File)
	}
	if m, err := png.Decode(bytes.NewReader(reply.File.Content)); err != nil || m.Bounds().Dx() != 1200 {
		t.Fatalf("grid.png: %v", err)
	}
	h.expect(coord, "akteur raster sektor:Schule", "Einfluss-Interesse-Raster – Schule", "Eng einbinden: Jörg Weiß", "Informiert halten: Änne Groß",
		"Einfluss hoch, Interesse gering: 0 – Zufriedenstellen\n")
	h.expect(coord, "akteur raster gremium:Lenkungsgruppe", "Raster – Lenkungsgruppe", "Zufriedenstellen: Ömer Şahin", "Eng einbinden\n")
	h.expect(coord, "akteur raster gremium:Nirgendwo", "Nirgendwo")
	h.expect(coord, "akteur raster Schule", "„Schule“ ist hier nicht vorgesehen")
	h.do(admin, "einstellungen sprache en")
	h.expect(coord, "stakeholder grid", "== Power–interest grid ==", "influence high, interest high: 1 – Manage closely: Jörg Weiß")
}
