package seed

// The fictional network's building blocks. Names are common German first
// and family names combined at random; organisations are invented places in
// an invented district ("Kreis Talheim").

var firstNames = []string{
	"Anna", "Bernd", "Claudia", "Dirk", "Elif", "Frank", "Gabriele", "Hakan", "Ines", "Jörg",
	"Katrin", "Lars", "Martina", "Nils", "Özlem", "Petra", "Rainer", "Sabine", "Thomas", "Ute",
	"Vanessa", "Wolfgang", "Yasemin", "Zoran", "Andrea", "Björn", "Doris", "Erik", "Fatma", "Gregor",
	"Heike", "Ingo", "Jana", "Klaus", "Lena", "Markus", "Nadine", "Oliver", "Paula", "Ralf",
	"Susanne", "Tobias", "Uwe", "Verena", "Jürgen", "Sören", "Maren", "Hülya", "Timo", "Birgit",
}

var familyNames = []string{
	"Albers", "Becker", "Conrad", "Demir", "Engel", "Fischer", "Günther", "Hoffmann", "Illner", "Jansen",
	"Krüger", "Lehmann", "Meier", "Neumann", "Öztürk", "Peters", "Quast", "Richter", "Schäfer", "Töpfer",
	"Ullrich", "Vogel", "Wagner", "Yilmaz", "Zimmermann", "Brandt", "Dietrich", "Franke", "Haas", "Kaiser",
	"Lorenz", "Möller", "Nowak", "Otto", "Pohl", "Roth", "Schulze", "Thiel", "Weiß", "Ziegler",
	"Bäcker", "Groß", "Hübner", "Jäger", "Kühn", "Löffler", "Müller", "Sänger", "Wächter", "Böhm",
}

// organisations lists invented organisations per sector.
var organisations = map[string][]string{
	"school":           {"Gesamtschule Talheim", "Grundschule am Mühlbach", "Gymnasium Oberfeld", "Förderschule Lindenweg", "Realschule plus Auental", "Staatliches Schulamt Talheim"},
	"early-childhood":  {"Kita Sonnenblume", "Familienzentrum Nordstadt", "Kita-Verbund Talheim", "Fachberatung Kindertagesbetreuung"},
	"adult-education":  {"Volkshochschule Talheim", "Bildungswerk Auental", "Familienbildungsstätte Oberfeld", "Stadtbibliothek Talheim"},
	"vocational":       {"Berufsbildende Schule Talheim", "Überbetriebliche Ausbildungsstätte Kreis Talheim", "Jugendberufsagentur Talheim"},
	"higher-education": {"Hochschule Talheim", "Fachhochschule Auental, Institut für Bildungsforschung"},
	"youth-welfare":    {"Jugendamt Kreis Talheim", "Jugendzentrum Westend", "Träger der freien Jugendhilfe e. V.", "Schulsozialarbeit Talheim"},
	"administration":   {"Amt für Bildung Talheim", "Dezernat Bildung und Soziales", "Sozialamt Kreis Talheim", "Integrationsbüro Talheim", "Statistikstelle Talheim"},
	"politics":         {"Ausschuss für Schule und Bildung", "Kreistag Talheim", "Ortsbeirat Nordstadt"},
	"business":         {"Industrie- und Handelskammer Talheim", "Handwerkskammer Auental", "Agentur für Arbeit Talheim", "Wirtschaftsförderung Kreis Talheim", "Jobcenter Talheim"},
	"civil-society":    {"Bürgerstiftung Talheim", "Migrantenselbstorganisation Brücke e. V.", "Elternbeirat Kreis Talheim", "Sportkreis Talheim", "Seniorenbeirat Talheim"},
	"other":            {"Evangelische Kirchengemeinde Talheim", "Musikschule Talheim", "Museum im Schloss Talheim"},
}

var roles = []string{
	"Leitung", "stellv. Leitung", "Fachbereichsleitung", "Referent/in", "Koordination", "Sachbearbeitung",
	"Geschäftsführung", "Vorsitz", "Projektleitung", "Bildungsberatung", "Dezernent/in", "Amtsleitung",
}

var topics = []string{
	"Übergang Kita–Schule", "Übergang Schule–Beruf", "Sprachförderung", "Ganztag", "Digitale Bildung",
	"Bildungsmonitoring", "Integration", "Inklusion", "Elternarbeit", "Weiterbildung", "Fachkräftesicherung",
	"Demokratiebildung", "MINT", "Lebenslanges Lernen", "Bildungsberatung",
}

// committeeNames gives a realistic committee name per kind.
var committeeNames = map[string][]string{
	"steering": {"Lenkungsgruppe Bildung"},
	"strategy": {"Strategiegruppe Verwaltung"},
	"working": {
		"AG Übergang Schule–Beruf", "AG Sprachförderung", "AG Ganztag", "AG Bildungsmonitoring", "AG Elternarbeit",
		"AG Digitale Bildung", "AG Inklusion", "AG Weiterbildung", "AG Übergang Kita–Schule", "AG Integration",
	},
	"existing": {"Jugendhilfeausschuss", "Regionale Bildungskonferenz", "Arbeitskreis Schule–Wirtschaft", "Netzwerk Frühe Hilfen"},
}

var measures = []string{
	"Bedarfsanalyse %s erstellen", "Konzept %s abstimmen", "Fachtag %s vorbereiten", "Daten zu %s zusammentragen",
	"Ansprechpersonen für %s benennen", "Förderantrag %s einreichen", "Elterninformation %s überarbeiten",
	"Kooperationsvereinbarung %s entwerfen", "Bericht %s für den Ausschuss vorbereiten", "Umfrage %s auswerten",
}
