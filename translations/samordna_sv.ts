<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Assessment</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Not applicable: the person has SGI</source>
        <translation>Inte tillämpligt: personen har SGI</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Kriterierna är inte uppfyllda</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Ännu inte känt</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Kriterierna är uppfyllda</translation>
    </message>
    <message>
        <source>Written consent</source>
        <translation>Skriftligt samtycke</translation>
    </message>
    <message>
        <source>Medical documentation</source>
        <translation>Medicinskt underlag</translation>
    </message>
    <message>
        <source>Mapping of needs and motivation</source>
        <translation>Kartläggning av behov och motivation</translation>
    </message>
    <message>
        <source>The social worker&apos;s contact details (phone or e-mail)</source>
        <translation>Socialsekreterarens kontaktuppgifter (telefon eller e-post)</translation>
    </message>
    <message>
        <source>No benefit suggested</source>
        <translation>Ingen ersättning föreslagen</translation>
    </message>
    <message>
        <source>Sjukersättning</source>
        <translation>Sjukersättning</translation>
    </message>
    <message>
        <source>Aktivitetsersättning</source>
        <translation>Aktivitetsersättning</translation>
    </message>
    <message>
        <source>FK&apos;s contact with the social worker within one week</source>
        <translation>FK:s kontakt med socialsekreteraren inom en vecka</translation>
    </message>
    <message>
        <source>Avstämningsmöte at least two weeks after the invitation</source>
        <translation>Avstämningsmöte minst två veckor efter kallelsen</translation>
    </message>
    <message>
        <source>The date FK closed the coordination</source>
        <translation>Datum då FK avslutade samordningen</translation>
    </message>
    <message>
        <source>Who drives the continued planning</source>
        <translation>Vem som driver den fortsatta planeringen</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>audit log: row %1 is missing</source>
        <translation>granskningsloggen: rad %1 saknas</translation>
    </message>
    <message>
        <source>audit log: rows %1 to %2 are missing</source>
        <translation>granskningsloggen: raderna %1 till %2 saknas</translation>
    </message>
    <message>
        <source>audit log: row %1 has no chain hash; it was not written by Samordna</source>
        <translation>granskningsloggen: rad %1 saknar kedjehash; den skrevs inte av Samordna</translation>
    </message>
    <message>
        <source>audit log: row %1 does not match its chain hash; it or a row before it was changed or removed</source>
        <translation>granskningsloggen: rad %1 stämmer inte med sin kedjehash; den eller en rad före den har ändrats eller tagits bort</translation>
    </message>
    <message>
        <source>audit log: the last row (%1) is missing</source>
        <translation>granskningsloggen: den sista raden (%1) saknas</translation>
    </message>
    <message>
        <source>audit log: the last rows (%1 to %2) are missing</source>
        <translation>granskningsloggen: de sista raderna (%1 till %2) saknas</translation>
    </message>
</context>
<context>
    <name>BenefitGuidance</name>
    <message>
        <source>The deterioration is temporary: await improvement; FK keeps the case open.</source>
        <translation>Försämringen är tillfällig: avvakta förbättring; FK behåller ärendet öppet.</translation>
    </message>
    <message>
        <source>Work capacity is not recorded as reduced against the whole labour market, including the protected one.</source>
        <translation>Arbetsförmågan är inte registrerad som nedsatt gentemot hela arbetsmarknaden, inklusive den skyddade.</translation>
    </message>
    <message>
        <source>The age is not known.</source>
        <translation>Åldern är inte känd.</translation>
    </message>
    <message>
        <source>With partial work capacity a benefit is paid part-time, and only when work capacity is reduced by at least a quarter%1.</source>
        <translation>Med delvis arbetsförmåga betalas ersättning på deltid, och bara när arbetsförmågan är nedsatt med minst en fjärdedel%1.</translation>
    </message>
    <message>
        <source>In the last years before the riktålder för pension (%1), work capacity is judged against work the person has experience of%2: reduced for the foreseeable future, the person may apply for sjukersättning.</source>
        <translation>Under de sista åren före riktåldern för pension (%1) bedöms arbetsförmågan mot arbeten som personen har erfarenhet av%2: nedsatt under överskådlig tid kan personen ansöka om sjukersättning.</translation>
    </message>
    <message>
        <source>Aktivitetsersättning needs work capacity reduced for at least one year.</source>
        <translation>Aktivitetsersättning kräver att arbetsförmågan är nedsatt under minst ett år.</translation>
    </message>
    <message>
        <source>From July of the year of turning %1 until the month before the %2th birthday (until %3), with work capacity reduced for at least one year, the person may apply for aktivitetsersättning%4.</source>
        <translation>Från juli det år personen fyller %1 till och med månaden före den då personen fyller %2 (till och med %3), med arbetsförmågan nedsatt under minst ett år, kan personen ansöka om aktivitetsersättning%4.</translation>
    </message>
    <message>
        <source>If work capacity will not return, full sjukersättning can be granted already from then%1.</source>
        <translation>Om arbetsförmågan inte kommer att återfås kan hel sjukersättning beviljas redan från samma tid%1.</translation>
    </message>
    <message>
        <source>Sjukersättning needs work capacity reduced for the foreseeable future.</source>
        <translation>Sjukersättning kräver att arbetsförmågan är nedsatt under överskådlig tid.</translation>
    </message>
    <message>
        <source>From the month of the %1th birthday until the month before the riktålder för pension (%2, until %3), with work capacity reduced for the foreseeable future, the person may apply for sjukersättning%4.</source>
        <translation>Från den månad personen fyller %1 till och med månaden före riktåldern för pension (%2, till och med %3), med arbetsförmågan nedsatt under överskådlig tid, kan personen ansöka om sjukersättning%4.</translation>
    </message>
    <message>
        <source>Past the limit: from the month of the %1th birthday (the riktålder för pension%2) ålderspension applies instead of sjukersättning.</source>
        <translation>Över gränsen: från den månad personen fyller %1 (riktåldern för pension%2) gäller ålderspension i stället för sjukersättning.</translation>
    </message>
    <message>
        <source>Before the age limits: aktivitetsersättning can be paid from %1 (July of the year of turning %2).</source>
        <translation>Före åldersgränserna: aktivitetsersättning kan betalas från %1 (juli det år personen fyller %2).</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>måste vara true, false eller null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; är inte något av %2</translation>
    </message>
    <message>
        <source>must be &quot;samordna-case&quot;</source>
        <translation>måste vara &quot;samordna-case&quot;</translation>
    </message>
    <message>
        <source>must be %1; this program reads case documents of version %1</source>
        <translation>måste vara %1; programmet läser ärendefiler av version %1</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>ingen indata</translation>
    </message>
    <message>
        <source>not valid JSON (at character %1: %2)</source>
        <translation>inte giltig JSON (vid tecken %1: %2)</translation>
    </message>
    <message>
        <source>a case document must be a JSON object</source>
        <translation>en ärendefil måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>%1 is after the date of assessment (%2)</source>
        <translation>%1 är efter bedömningsdagen (%2)</translation>
    </message>
    <message>
        <source>%1 is before the previous box&apos;s date (%2); the history is oldest first</source>
        <translation>%1 är före föregående rutas datum (%2); historiken står äldst först</translation>
    </message>
    <message>
        <source>its last box is %1, but the case is in %2</source>
        <translation>dess sista ruta är %1, men ärendet är i %2</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>måste vara ett heltal från 1</translation>
    </message>
    <message>
        <source>is not valid text (a lone UTF-16 surrogate)</source>
        <translation>är inte giltig text (ett ensamt UTF-16-surrogat)</translation>
    </message>
    <message>
        <source>contains a control character (%1)</source>
        <translation>innehåller ett styrtecken (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break or another control character</source>
        <translation>&quot;%1&quot; innehåller en radbrytning eller ett annat styrtecken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the years %2 to %3</source>
        <translation>&quot;%1&quot; ligger utanför åren %2 till %3</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Basis for the application (form 7434)</source>
        <translation>Underlag för ansökan (blankett 7434)</translation>
    </message>
    <message>
        <source>Summary for Försäkringskassan</source>
        <translation>Sammanfattning till Försäkringskassan</translation>
    </message>
    <message>
        <source>Aktanteckning: konsultationsteam</source>
        <translation>Aktanteckning: konsultationsteam</translation>
    </message>
    <message>
        <source>Address for invitations</source>
        <translation>Adress för kallelser</translation>
    </message>
    <message>
        <source>Summary of the rehabilitation plan</source>
        <translation>Sammanställning av rehabiliteringsplanen</translation>
    </message>
</context>
<context>
    <name>CaseId</name>
    <message>
        <source>the case id is empty</source>
        <translation>ärende-id saknas</translation>
    </message>
    <message>
        <source>the case id &quot;%1&quot; is not usable: use letters a-z, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (not first), at most %2 characters</source>
        <translation>ärende-id &quot;%1&quot; går inte att använda: använd bokstäverna a-z, siffror, &apos;-&apos;, &apos;_&apos; och &apos;.&apos; (inte först), högst %2 tecken</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>case %1 was not imported: %2</source>
        <translation>ärende %1 importerades inte: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>a store file is imported into a team store only</source>
        <translation>en databasfil kan bara importeras till en gemensam databas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of this store</source>
        <translation>&quot;%1&quot; är ingen användare av den här databasen</translation>
    </message>
    <message>
        <source>there is no login role &quot;%1&quot; on the server; the database administrator makes it first</source>
        <translation>det finns ingen inloggningsroll &quot;%1&quot; på servern; databasadministratören skapar den först</translation>
    </message>
    <message>
        <source>the team store %1 was written by a newer version of Samordna (schema %2; this program reads up to %3); it was left as it was</source>
        <translation>den gemensamma databasen %1 skrevs av en nyare version av Samordna (schema %2; det här programmet läser till och med %3); den lämnades orörd</translation>
    </message>
    <message>
        <source>the database %1 holds tables but is not a Samordna store; it was left as it was</source>
        <translation>databasen %1 innehåller tabeller men är ingen Samordna-databas; den lämnades orörd</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>the team store %1 on %2</source>
        <translation>den gemensamma databasen %1 på %2</translation>
    </message>
    <message>
        <source>cannot open the team store: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>den gemensamma databasen kan inte öppnas: Qts PostgreSQL-drivrutin (QPSQL) är inte installerad</translation>
    </message>
    <message>
        <source>the team store %1 was opened read-only</source>
        <translation>den gemensamma databasen %1 öppnades skrivskyddad</translation>
    </message>
    <message>
        <source>Team store: %1 on %2, user %3</source>
        <translation>Gemensam databas: %1 på %2, användare %3</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>no database is named (…/DATABASE)</source>
        <translation>ingen databas anges (…/DATABAS)</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value</source>
        <translation>parametern &quot;%1&quot; saknar värde</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number</source>
        <translation>porten &quot;%1&quot; är inte ett tal</translation>
    </message>
    <message>
        <source>an unclosed &apos;[&apos; in the host</source>
        <translation>en &apos;[&apos; utan avslutning i servernamnet</translation>
    </message>
    <message>
        <source>the team store address contains a password; Samordna never keeps one. Leave it out and use ~/.pgpass, PGPASSWORD or your organisation&apos;s single sign-on, or type it when asked</source>
        <translation>adressen till den gemensamma databasen innehåller ett lösenord; Samordna sparar aldrig lösenord. Ta bort det och använd ~/.pgpass, PGPASSWORD eller organisationens inloggning (single sign-on), eller skriv det när du blir tillfrågad</translation>
    </message>
    <message>
        <source>the database name contains &apos;/&apos;</source>
        <translation>databasnamnet innehåller &apos;/&apos;</translation>
    </message>
    <message>
        <source>the team store address is not understood: %1</source>
        <translation>adressen till den gemensamma databasen går inte att tolka: %1</translation>
    </message>
    <message>
        <source>%1 is not a Samordna store (not an SQLite database); it was left as it was</source>
        <translation>%1 är ingen Samordna-databas (inte en SQLite-databas); filen lämnades orörd</translation>
    </message>
    <message>
        <source>the store %1 is damaged; it was left as it was. Restore it from a backup</source>
        <translation>databasen %1 är skadad; den lämnades orörd. Återställ den från en säkerhetskopia</translation>
    </message>
    <message>
        <source>the store %1 is locked by another program; try again when it is done</source>
        <translation>databasen %1 är låst av ett annat program; försök igen när det är klart</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>kan inte öppna databasen %1: %2</translation>
    </message>
    <message>
        <source>the case was not saved: %1</source>
        <translation>ärendet sparades inte: %1</translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2); it was left as it was. Restore it from a backup</source>
        <translation>databasen %1 är skadad (%2); den lämnades orörd. Återställ den från en säkerhetskopia</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Samordna store; it was left as it was</source>
        <translation>%1 är en SQLite-databas men ingen Samordna-databas; den lämnades orörd</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer version of Samordna (schema %2; this program reads up to %3); it was left as it was</source>
        <translation>databasen %1 skrevs av en nyare version av Samordna (schema %2; det här programmet läser upp till %3); den lämnades orörd</translation>
    </message>
    <message>
        <source>the store %1 needs upgrading to schema %2, but it is read-only</source>
        <translation>databasen %1 behöver uppgraderas till schema %2, men den är skrivskyddad</translation>
    </message>
    <message>
        <source>cannot open the store %1: foreign keys cannot be enforced</source>
        <translation>kan inte öppna databasen %1: främmande nycklar kan inte upprätthållas</translation>
    </message>
    <message>
        <source>cannot open the store %1: the file system does not allow write-ahead logging (journal mode &quot;%2&quot;)</source>
        <translation>kan inte öppna databasen %1: filsystemet tillåter inte write-ahead logging (journalläge &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>cannot upgrade the store %1: %2</source>
        <translation>kan inte uppgradera databasen %1: %2</translation>
    </message>
    <message>
        <source>personnummer: %1</source>
        <translation>personnummer: %1</translation>
    </message>
    <message>
        <source>district: &quot;%1&quot; is not one of %2</source>
        <translation>stadsområde: &quot;%1&quot; är inte något av %2</translation>
    </message>
    <message>
        <source>a case with id %1 exists already</source>
        <translation>ett ärende med id %1 finns redan</translation>
    </message>
    <message>
        <source>no store file given</source>
        <translation>ingen databasfil angiven</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 är inte en fil</translation>
    </message>
    <message>
        <source>there is no store at %1</source>
        <translation>det finns ingen databas i %1</translation>
    </message>
    <message>
        <source>the store %1 is empty and cannot be set up, because it is read-only</source>
        <translation>databasen %1 är tom och kan inte förberedas eftersom den är skrivskyddad</translation>
    </message>
    <message>
        <source>the case has no id; create it first</source>
        <translation>ärendet har inget id; skapa det först</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>det finns inget ärende %1</translation>
    </message>
    <message>
        <source>case %1 was changed by someone else after you opened it; nothing was saved. Open it again to see the changes</source>
        <translation>ärende %1 ändrades av någon annan efter att du öppnade det; inget sparades. Öppna det igen för att se ändringarna</translation>
    </message>
    <message>
        <source>the case is in box %1 already</source>
        <translation>ärendet är redan i ruta %1</translation>
    </message>
    <message>
        <source>cannot read case %1: %2</source>
        <translation>kan inte läsa ärende %1: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>kan inte skriva granskningsloggen: %1</translation>
    </message>
    <message>
        <source>the backup cannot be the store itself</source>
        <translation>säkerhetskopian kan inte vara själva databasen</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row in %3</source>
        <translation>%1 rad %2 hänvisar till en rad som saknas i %3</translation>
    </message>
    <message>
        <source>journal notes cannot be removed; mark a wrong note as wrong instead</source>
        <translation>journalanteckningar kan inte tas bort; felmarkera i stället en felaktig anteckning</translation>
    </message>
    <message>
        <source>journal note %1 cannot be edited; mark it as wrong and add a new note</source>
        <translation>journalanteckning %1 kan inte ändras; felmarkera den och lägg till en ny anteckning</translation>
    </message>
    <message>
        <source>journal note %1 is already marked wrong; the marking cannot be changed</source>
        <translation>journalanteckning %1 är redan felmarkerad; felmarkeringen kan inte ändras</translation>
    </message>
    <message>
        <source>journal note %1: a note marked wrong needs a reason</source>
        <translation>journalanteckning %1: en felmarkerad anteckning måste ha ett skäl</translation>
    </message>
    <message>
        <source>journal note %1: a reason needs the date the note was marked wrong</source>
        <translation>journalanteckning %1: ett skäl kräver datumet då anteckningen felmarkerades</translation>
    </message>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation>kan inte läsa databasen %1: %2</translation>
    </message>
    <message>
        <source>cannot create the store %1: %2</source>
        <translation>kan inte skapa databasen %1: %2</translation>
    </message>
    <message>
        <source>the store was written by a newer version of Samordna (schema %1; this program reads up to %2)</source>
        <translation>databasen skrevs av en nyare version av Samordna (schema %1; det här programmet läser upp till %2)</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>databasfel: %1</translation>
    </message>
    <message>
        <source>nothing was saved: %1</source>
        <translation>inget sparades: %1</translation>
    </message>
    <message>
        <source>case %1 is not shown: %2</source>
        <translation>ärende %1 visas inte: %2</translation>
    </message>
    <message>
        <source>its audit log cannot be written (%1), and nothing is shown or copied without a record of it</source>
        <translation>databasens granskningslogg kan inte skrivas (%1), och inget visas eller kopieras utan att det loggas</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>granskningsloggen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>no backup was made: %1</source>
        <translation>ingen säkerhetskopia gjordes: %1</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>databasen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>the store %1 was opened read-only</source>
        <translation>databasen %1 öppnades skrivskyddad</translation>
    </message>
    <message>
        <source>the store file %1 is read-only</source>
        <translation>databasfilen %1 är skrivskyddad</translation>
    </message>
    <message>
        <source>the folder %1 that holds the store is read-only</source>
        <translation>mappen %1 där databasen ligger är skrivskyddad</translation>
    </message>
    <message>
        <source>the deadlines in the store %1 cannot be brought up to date: %2</source>
        <translation>tidsfristerna i databasen %1 kan inte uppdateras: %2</translation>
    </message>
    <message>
        <source>case %1 vanished while its deadlines were worked out</source>
        <translation>ärende %1 försvann medan dess tidsfrister räknades fram</translation>
    </message>
    <message>
        <source>the name contains a line break or another control character</source>
        <translation>namnet innehåller en radbrytning eller ett annat styrtecken</translation>
    </message>
    <message>
        <source>the backup was not made because the audit log cannot be written: %1</source>
        <translation>säkerhetskopian gjordes inte eftersom granskningsloggen inte kan skrivas: %1</translation>
    </message>
    <message>
        <source>the server rolled the change back; nothing of it was stored</source>
        <translation>servern rullade tillbaka ändringen; inget av den sparades</translation>
    </message>
    <message>
        <source>the connection to the server was lost while the change was being committed, so it is not known to be stored</source>
        <translation>anslutningen till servern bröts medan ändringen sparades, så det är inte känt om den sparades</translation>
    </message>
    <message>
        <source>konsultationsteam meeting %1 was not imported: %2</source>
        <translation>konsultationsteammöte %1 importerades inte: %2</translation>
    </message>
    <message>
        <source>cannot open %1: the server asks for the password of %2, and none was given. Samordna never keeps one: put it in ~/.pgpass or PGPASSWORD, or type it when the window asks</source>
        <translation>kan inte öppna %1: servern frågar efter lösenordet för %2, och inget angavs. Samordna sparar aldrig något lösenord: lägg det i ~/.pgpass eller PGPASSWORD, eller skriv det när fönstret frågar</translation>
    </message>
    <message>
        <source>cannot open %1: the server did not accept the password of %2</source>
        <translation>kan inte öppna %1: servern godtog inte lösenordet för %2</translation>
    </message>
    <message>
        <source>an agenda item&apos;s id is taken</source>
        <translation>en dagordningspunkts id är redan upptaget</translation>
    </message>
</context>
<context>
    <name>CaseSync</name>
    <message>
        <source>checked out by %1, %2 (%3)</source>
        <translation>utcheckat av %1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>no cases to take along</source>
        <translation>inga ärenden att ta med</translation>
    </message>
    <message>
        <source>%1 exists already; cases are taken along into a new file</source>
        <translation>%1 finns redan; ärenden tas med i en ny fil</translation>
    </message>
    <message>
        <source>the team store is read-only, so it cannot record who takes the cases</source>
        <translation>den gemensamma databasen är skrivskyddad, så den kan inte anteckna vem som tar med ärendena</translation>
    </message>
    <message>
        <source>the cases cannot be taken into their own store</source>
        <translation>ärendena kan inte tas med till sin egen databas</translation>
    </message>
    <message>
        <source>the file %1 was not made: %2</source>
        <translation>filen %1 skapades inte: %2</translation>
    </message>
    <message>
        <source>nothing was taken along: the team store cannot record it: %1</source>
        <translation>inget togs med: den gemensamma databasen kan inte anteckna det: %1</translation>
    </message>
    <message>
        <source>cannot read what the file knows of its team store: %1</source>
        <translation>kan inte läsa vad filen vet om sin gemensamma databas: %1</translation>
    </message>
    <message>
        <source>case %1 has no conflict in %2</source>
        <translation>ärende %1 har ingen konflikt i %2</translation>
    </message>
    <message numerus="yes">
        <source>this file has carried cases out of the team store for %n day(s), since %1. Bring the work back (sync) and let the file be emptied: personal data should not stay on a laptop longer than needed</source>
        <translation>
            <numerusform>den här filen har burit ärenden utanför den gemensamma databasen i %n dag, sedan %1. Synka tillbaka arbetet och låt filen tömmas: personuppgifter ska inte ligga kvar på en bärbar dator längre än nödvändigt</numerusform>
            <numerusform>den här filen har burit ärenden utanför den gemensamma databasen i %n dagar, sedan %1. Synka tillbaka arbetet och låt filen tömmas: personuppgifter ska inte ligga kvar på en bärbar dator längre än nödvändigt</numerusform>
        </translation>
    </message>
    <message>
        <source>this store was not taken along from a team store, so there is nothing to sync</source>
        <translation>den här databasen togs inte med från en gemensam databas, så det finns inget att synka</translation>
    </message>
    <message>
        <source>the team store is read-only; nothing was synced</source>
        <translation>den gemensamma databasen är skrivskyddad; inget synkades</translation>
    </message>
    <message>
        <source>the file&apos;s audit rows did not reach the team store: %1</source>
        <translation>filens rader i granskningsloggen nådde inte den gemensamma databasen: %1</translation>
    </message>
    <message>
        <source>the team store has no case %1 that you may see; it stays in the file</source>
        <translation>den gemensamma databasen har inget ärende %1 som du får se; det stannar i filen</translation>
    </message>
    <message>
        <source>the merged case %1 is not valid: %2</source>
        <translation>det sammanfogade ärendet %1 är inte giltigt: %2</translation>
    </message>
    <message>
        <source>case %1 kept changing while it was synced; run the sync again</source>
        <translation>ärende %1 ändrades hela tiden medan det synkades; synka igen</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Pending</source>
        <translation>Under handläggning</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Konsultationsteam</source>
        <translation>Konsultationsteam</translation>
    </message>
    <message>
        <source>Avstämningsmöte</source>
        <translation>Avstämningsmöte</translation>
    </message>
    <message>
        <source>Gemensam kartläggning</source>
        <translation>Gemensam kartläggning</translation>
    </message>
    <message>
        <source>First digital meeting</source>
        <translation>Första digitala mötet</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Kriterierna uppfyllda</translation>
    </message>
    <message>
        <source>Complement needed</source>
        <translation>Komplettering behövs</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Inte aktuellt</translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Individ- och familj</source>
        <translation>Individ- och familj</translation>
    </message>
    <message>
        <source>Region (healthcare)</source>
        <translation>Regionen (hälso- och sjukvården)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>The individual</source>
        <translation>Individen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Full work capacity</source>
        <translation>Hel arbetsförmåga</translation>
    </message>
    <message>
        <source>Partial work capacity</source>
        <translation>Delvis arbetsförmåga</translation>
    </message>
    <message>
        <source>No work capacity</source>
        <translation>Saknar arbetsförmåga</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tillfällig</translation>
    </message>
    <message>
        <source>At least one year</source>
        <translation>Minst ett år</translation>
    </message>
    <message>
        <source>For the foreseeable future</source>
        <translation>Under överskådlig tid</translation>
    </message>
    <message>
        <source>Contact with the healthcare unit</source>
        <translation>Kontakt med vårdenheten</translation>
    </message>
    <message>
        <source>Contact with the rehab-koordinator</source>
        <translation>Kontakt med rehab-koordinatorn</translation>
    </message>
    <message>
        <source>SIP (coordinated individual plan)</source>
        <translation>SIP (samordnad individuell plan)</translation>
    </message>
    <message>
        <source>Questions to the doctor</source>
        <translation>Frågor till läkaren</translation>
    </message>
    <message>
        <source>New medical documentation received</source>
        <translation>Nytt medicinskt underlag har kommit in</translation>
    </message>
</context>
<context>
    <name>DateOrder</name>
    <message>
        <source>The consent is revoked on %1, before it was given on %2.</source>
        <translation>Samtycket återkallades %1, innan det gavs %2.</translation>
    </message>
    <message>
        <source>FK received the application on %1, before it was sent on %2.</source>
        <translation>FK tog emot ansökan %1, innan den skickades %2.</translation>
    </message>
    <message>
        <source>FK&apos;s decision is dated %1, before FK received the application on %2.</source>
        <translation>FK:s beslut är daterat %1, innan FK tog emot ansökan %2.</translation>
    </message>
    <message>
        <source>FK&apos;s decision is dated %1, before the application was sent on %2.</source>
        <translation>FK:s beslut är daterat %1, innan ansökan skickades %2.</translation>
    </message>
    <message>
        <source>A measure ends on %1, before it starts on %2.</source>
        <translation>En insats slutar %1, innan den börjar %2.</translation>
    </message>
    <message>
        <source>The invitation was sent on %1, after the meeting on %2.</source>
        <translation>Kallelsen skickades %1, efter mötet %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are in an impossible order.</source>
        <translation>%1 och %2 är i en omöjlig ordning.</translation>
    </message>
    <message>
        <source>A medical document is dated %1, after today (%2): record it when it has come.</source>
        <translation>Ett medicinskt underlag är daterat %1, efter i dag (%2): registrera det när det har kommit.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>A demo case could not be created: %1</source>
        <translation>Ett demoärende kunde inte skapas: %1</translation>
    </message>
</context>
<context>
    <name>DocumentComposer</name>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Unknown document kind.</source>
        <translation>Okänd dokumenttyp.</translation>
    </message>
    <message>
        <source>No sickness-benefit qualifying income (SGI)</source>
        <translation>Saknar sjukpenninggrundande inkomst (SGI)</translation>
    </message>
    <message>
        <source>Insured in Sweden, or as if insured through EU law</source>
        <translation>Försäkrad i Sverige, eller som om försäkrad enligt EU-lagstiftningen</translation>
    </message>
    <message>
        <source>Work capacity reduced because of illness</source>
        <translation>Arbetsförmågan nedsatt på grund av sjukdom</translation>
    </message>
    <message>
        <source>Needs rehabilitation measures to regain work capacity</source>
        <translation>Behöver rehabiliteringsinsatser för att återfå arbetsförmågan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsområde</translation>
    </message>
    <message>
        <source>Social worker (Individ- och familj, ekonomiskt bistånd)</source>
        <translation>Socialsekreterare (Individ- och familj, ekonomiskt bistånd)</translation>
    </message>
    <message>
        <source>No social worker is recorded for the case. The form requires the social worker&apos;s contact details.</source>
        <translation>Ingen socialsekreterare är registrerad i ärendet. Blanketten kräver socialsekreterarens kontaktuppgifter.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>The form requires a phone number or e-mail address for the social worker.</source>
        <translation>Blanketten kräver ett telefonnummer eller en e-postadress till socialsekreteraren.</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte bestämt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Criteria for coordination</source>
        <translation>Kriterier för samordning</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Sammantaget: %1</translation>
    </message>
    <message>
        <source>Written consent</source>
        <translation>Skriftligt samtycke</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Valid on %1</source>
        <translation>Giltigt den %1</translation>
    </message>
    <message>
        <source>Konsultationsteam</source>
        <translation>Konsultationsteam</translation>
    </message>
    <message>
        <source>Discussed on %1; Försäkringskassan&apos;s advice: %2.</source>
        <translation>Diskuterat den %1; Försäkringskassans råd: %2.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>Not yet taken to the konsultationsteam. The method recommends doing so before the application is sent.</source>
        <translation>Ännu inte uppe i konsultationsteamet. Metodstödet rekommenderar att ärendet tas upp där innan ansökan skickas.</translation>
    </message>
    <message>
        <source>Still missing before the application</source>
        <translation>Saknas fortfarande före ansökan</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Inget saknas.</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Redo för ansökan</translation>
    </message>
    <message>
        <source>Yes: the client may apply for coordination of rehabilitation measures on form 7434, with the social worker&apos;s contact details on the form.</source>
        <translation>Ja: klienten kan ansöka om samordning av rehabiliteringsinsatser på blankett 7434, med socialsekreterarens kontaktuppgifter ifyllda på blanketten.</translation>
    </message>
    <message>
        <source>The client revoked the consent on %1. Information beyond the medical documentation may not be shared with Försäkringskassan without valid written consent.</source>
        <translation>Klienten återkallade samtycket den %1. Information utöver det medicinska underlaget får inte lämnas till Försäkringskassan utan giltigt skriftligt samtycke.</translation>
    </message>
    <message>
        <source>No written consent is recorded. Information beyond the medical documentation may only be shared with Försäkringskassan with the client&apos;s written consent.</source>
        <translation>Inget skriftligt samtycke är registrerat. Information utöver det medicinska underlaget får bara lämnas till Försäkringskassan med klientens skriftliga samtycke.</translation>
    </message>
    <message>
        <source>Information from Individ- och familj, ekonomiskt bistånd, beyond the current medical documentation, shared with the client&apos;s written consent of %1.</source>
        <translation>Information från Individ- och familj, ekonomiskt bistånd, utöver det aktuella medicinska underlaget, lämnad med klientens skriftliga samtycke daterat %1.</translation>
    </message>
    <message>
        <source>Information from Individ- och familj, ekonomiskt bistånd, beyond the current medical documentation, shared with the client&apos;s written consent.</source>
        <translation>Information från Individ- och familj, ekonomiskt bistånd, utöver det aktuella medicinska underlaget, lämnad med klientens skriftliga samtycke.</translation>
    </message>
    <message>
        <source>No measures are recorded.</source>
        <translation>Inga insatser är registrerade.</translation>
    </message>
    <message>
        <source>The case has not been taken to a konsultationsteam meeting, so there is no aktanteckning to write.</source>
        <translation>Ärendet har inte tagits upp i konsultationsteamet, så det finns ingen aktanteckning att skriva.</translation>
    </message>
    <message>
        <source>Meeting %1 of the case is not a konsultationsteam meeting.</source>
        <translation>Möte %1 i ärendet är inte ett möte i konsultationsteamet.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Konsultationsteam on</source>
        <translation>Konsultationsteam den</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Diskuterat</translation>
    </message>
    <message>
        <source>No notes were recorded.</source>
        <translation>Inga anteckningar registrerades.</translation>
    </message>
    <message>
        <source>Försäkringskassan&apos;s advice</source>
        <translation>Försäkringskassans råd</translation>
    </message>
    <message>
        <source>No advice recorded.</source>
        <translation>Inget råd registrerat.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Suggested: box %1, %2.</source>
        <translation>Föreslagen: ruta %1, %2.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>No measures are recorded in the plan yet.</source>
        <translation>Inga insatser är registrerade i planen ännu.</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Ansvarsfördelning</translation>
    </message>
    <message>
        <source>Some measures have no responsible party yet.</source>
        <translation>Några insatser har ännu ingen ansvarig part.</translation>
    </message>
    <message>
        <source>Avstämningsmöten</source>
        <translation>Avstämningsmöten</translation>
    </message>
    <message>
        <source>The case has no district, so there is no address for invitations.</source>
        <translation>Ärendet har inget stadsområde, så det finns ingen adress för kallelser.</translation>
    </message>
    <message>
        <source>The district &quot;%1&quot; has no address for invitations in the district list.</source>
        <translation>Stadsområdet &quot;%1&quot; har ingen adress för kallelser i listan över stadsområden.</translation>
    </message>
    <message>
        <source>Address of Individ- och familj, ekonomiskt bistånd, %1</source>
        <translation>Adress till Individ- och familj, ekonomiskt bistånd, %1</translation>
    </message>
    <message>
        <source>This address is used when it is not clear who the social worker in the case is: Försäkringskassan then sends the invitation to the avstämningsmöte here, and the unit sends a representative. The avstämningsmöte should be at least two weeks after the invitation.</source>
        <translation>Adressen används när det är oklart vem som är socialsekreterare i ärendet: Försäkringskassan skickar då kallelsen till avstämningsmötet hit, och enheten skickar en representant. Avstämningsmötet bör ligga minst två veckor efter kallelsen.</translation>
    </message>
    <message>
        <source>The district&apos;s contact person: %1</source>
        <translation>Stadsområdets kontaktperson: %1</translation>
    </message>
    <message>
        <source>A social worker is recorded for this case (%1); Försäkringskassan contacts the social worker directly.</source>
        <translation>En socialsekreterare är registrerad i ärendet (%1); Försäkringskassan kontaktar socialsekreteraren direkt.</translation>
    </message>
    <message>
        <source>To be discussed on %1.</source>
        <translation>Ska diskuteras den %1.</translation>
    </message>
    <message>
        <source>Avstämningsmöte %1</source>
        <translation>Avstämningsmöte %1</translation>
    </message>
    <message>
        <source>No avstämningsmöte booked</source>
        <translation>Inget avstämningsmöte bokat</translation>
    </message>
    <message>
        <source>The rehabilitation measures need coordinating</source>
        <translation>Rehabiliteringsinsatserna behöver samordnas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>The client&apos;s contacts with other authorities and care</source>
        <translation>Klientens kontakter med andra myndigheter och vården</translation>
    </message>
    <message>
        <source>No contacts are recorded.</source>
        <translation>Inga kontakter är registrerade.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Medical documentation</source>
        <translation>Medicinskt underlag</translation>
    </message>
    <message>
        <source>No medical documents are recorded.</source>
        <translation>Inga medicinska underlag är registrerade.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Not ready to apply yet: the criteria must be met, nothing may be missing, and FK&apos;s advice in the konsultationsteam must not point elsewhere.</source>
        <translation>Inte redo för ansökan ännu: kriterierna ska vara uppfyllda, inget får saknas och FK:s råd i konsultationsteamet får inte peka åt annat håll.</translation>
    </message>
    <message>
        <source>Attach the aktanteckning of what was discussed in the konsultationsteam to the application.</source>
        <translation>Bifoga aktanteckningen om vad som diskuterades i konsultationsteamet till ansökan.</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>Till klienten</translation>
    </message>
    <message>
        <source>By applying, you lift Försäkringskassan&apos;s secrecy toward the parties you name on the form, so that they can work together on your rehabilitation.</source>
        <translation>När du ansöker häver du Försäkringskassans sekretess gentemot de parter du anger på blanketten, så att de kan samarbeta kring din rehabilitering.</translation>
    </message>
    <message>
        <source>Coordination of rehabilitation measures pays no benefit. Försäkringskassan coordinates; the measures are carried out and paid for by the parties responsible for them.</source>
        <translation>Samordning av rehabiliteringsinsatser ger ingen ersättning. Försäkringskassan samordnar; insatserna genomförs och bekostas av de parter som ansvarar för dem.</translation>
    </message>
    <message>
        <source>Nothing is written for Försäkringskassan here.</source>
        <translation>Inget är skrivet till Försäkringskassan här.</translation>
    </message>
    <message>
        <source>History of illness</source>
        <translation>Sjukdomshistorik</translation>
    </message>
    <message>
        <source>Measures tried</source>
        <translation>Insatser som prövats</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Övrig information</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>Rehabiliteringsplan</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>(social worker&apos;s name)</source>
        <translation>(socialsekreterarens namn)</translation>
    </message>
    <message>
        <source>For Försäkringskassan</source>
        <translation>För Försäkringskassan</translation>
    </message>
    <message>
        <source>(name of FK&apos;s participant)</source>
        <translation>(namn på FK:s deltagare)</translation>
    </message>
    <message>
        <source>Application on blankett 7434; box 3 when FK has received the application. This aktanteckning is attached to the application.</source>
        <translation>Ansökan på blankett 7434; ruta 3 när FK har fått ansökan. Denna aktanteckning bifogas ansökan.</translation>
    </message>
    <message>
        <source>Försäkringskassan draws up the rehabilitation plan and coordinates the rehabilitation. This is the social worker&apos;s summary of the plan, not the plan itself.</source>
        <translation>Försäkringskassan upprättar rehabiliteringsplanen och samordnar rehabiliteringen. Detta är socialsekreterarens sammanställning av planen, inte planen själv.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Work and own support</source>
        <translation>Arbete och egen försörjning</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Continued planning by</source>
        <translation>Fortsatt planering drivs av</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>no case with id %1</source>
        <translation>inget ärende med id %1</translation>
    </message>
    <message>
        <source>no document was written: %1</source>
        <translation>inget dokument skrevs: %1</translation>
    </message>
    <message>
        <source>the PDF could not be drawn; nothing was written</source>
        <translation>PDF-filen kunde inte ritas; inget skrevs</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Spara %1 som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The document is not shown: %1</source>
        <translation>Dokumentet visas inte: %1</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>DuplicatePerson</name>
    <message>
        <source>case.person.personnummer: this person already has an open case (%1); nothing was imported. Import with --allow-duplicate to add another case all the same</source>
        <translation>case.person.personnummer: personen har redan ett öppet ärende (%1); inget importerades. Importera med --allow-duplicate för att ändå lägga till ett ärende till</translation>
    </message>
</context>
<context>
    <name>FollowUpCharts</name>
    <message>
        <source>25th to 75th percentile, line at the median</source>
        <translation>25:e till 75:e percentilen, linje vid medianen</translation>
    </message>
    <message>
        <source>No box has 5 stays or more</source>
        <translation>Ingen ruta har 5 vistelser eller fler</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Cases ending in the period</source>
        <translation>Ärenden som avslutades under perioden</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Inom gränsen</translation>
    </message>
    <message>
        <source>Outside it</source>
        <translation>Utanför den</translation>
    </message>
    <message>
        <source>Invitation 2 weeks ahead</source>
        <translation>Kallelse 2 veckor före</translation>
    </message>
    <message>
        <source>FK&apos;s contact within a week</source>
        <translation>FK:s kontakt inom en vecka</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>1 → 3</source>
        <translation>1 → 3</translation>
    </message>
    <message>
        <source>3 → 6a/6b</source>
        <translation>3 → 6a/6b</translation>
    </message>
</context>
<context>
    <name>FollowUpDocument</name>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>all districts</source>
        <translation>alla stadsområden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Cases in the process during the period: %1</source>
        <translation>Ärenden i processen under perioden: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpTables</name>
    <message>
        <source>Box %1</source>
        <translation>Ruta %1</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>färre än 5</translation>
    </message>
    <message>
        <source>hidden, so that another figure cannot be worked out</source>
        <translation>dold, så att en annan uppgift inte kan räknas fram</translation>
    </message>
    <message>
        <source>not shown: fewer than 5 stays</source>
        <translation>visas inte: färre än 5 vistelser</translation>
    </message>
    <message>
        <source>Aggregates only. Counts from 1 to 4 are shown as &lt;5 and days over fewer than 5 stays are not shown; – marks a figure hidden so that a hidden one cannot be worked out from a total.</source>
        <translation>Bara sammanräknade uppgifter. Antal från 1 till 4 visas som &lt;5 och dagar för färre än 5 vistelser visas inte; – markerar en uppgift som döljs så att en dold uppgift inte kan räknas fram ur en summa.</translation>
    </message>
    <message>
        <source>Days per box</source>
        <translation>Dagar per ruta</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <source>Stays ended</source>
        <translation>Avslutade vistelser</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>25:e percentilen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>75:e percentilen</translation>
    </message>
    <message>
        <source>Box 1 to box 3</source>
        <translation>Ruta 1 till ruta 3</translation>
    </message>
    <message>
        <source>Box 3 to 6a or 6b</source>
        <translation>Ruta 3 till 6a eller 6b</translation>
    </message>
    <message>
        <source>Cases entering each box, by quarter</source>
        <translation>Ärenden in i varje ruta, per kvartal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>How cases ended</source>
        <translation>Hur ärendena avslutades</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Box 2b: no coordination by FK</source>
        <translation>Ruta 2b: inget behov av samordning</translation>
    </message>
    <message>
        <source>Box 6a: full or partial work capacity</source>
        <translation>Ruta 6a: hel eller delvis arbetsförmåga</translation>
    </message>
    <message>
        <source>Box 6b: no work capacity</source>
        <translation>Ruta 6b: saknar arbetsförmåga</translation>
    </message>
    <message>
        <source>6b, may apply for aktivitetsersättning</source>
        <translation>6b, kan ansöka om aktivitetsersättning</translation>
    </message>
    <message>
        <source>6b, may apply for sjukersättning</source>
        <translation>6b, kan ansöka om sjukersättning</translation>
    </message>
    <message>
        <source>6b, no benefit to apply for</source>
        <translation>6b, ingen ersättning att ansöka om</translation>
    </message>
    <message>
        <source>6b, kept open by FK</source>
        <translation>6b, hålls öppet av FK</translation>
    </message>
    <message>
        <source>Konsultationsteam and the method&apos;s time limits</source>
        <translation>Konsultationsteam och metodens tidsgränser</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Cases discussed in the konsultationsteam</source>
        <translation>Ärenden som lyfts i konsultationsteamet</translation>
    </message>
    <message>
        <source>Advice: criteria met</source>
        <translation>Råd: kriterierna uppfyllda</translation>
    </message>
    <message>
        <source>Advice: documentation to complement</source>
        <translation>Råd: underlaget behöver kompletteras</translation>
    </message>
    <message>
        <source>Advice: not relevant</source>
        <translation>Råd: inte aktuellt</translation>
    </message>
    <message>
        <source>Applied within 30 days of &quot;criteria met&quot;</source>
        <translation>Ansökan inom 30 dagar efter ”kriterierna uppfyllda”</translation>
    </message>
    <message>
        <source>Avstämningsmöte invited at least 2 weeks ahead</source>
        <translation>Avstämningsmöte kallat minst 2 veckor före</translation>
    </message>
    <message>
        <source>Avstämningsmöte invited less than 2 weeks ahead</source>
        <translation>Avstämningsmöte kallat mindre än 2 veckor före</translation>
    </message>
    <message>
        <source>FK&apos;s contact within a week of the decision</source>
        <translation>FK:s kontakt inom en vecka efter beslutet</translation>
    </message>
    <message>
        <source>FK&apos;s contact later than a week (contact person&apos;s turn)</source>
        <translation>FK:s kontakt senare än en vecka (kontaktpersonens tur)</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>the document is larger than %1 MB (the most a case document may be)</source>
        <translation>dokumentet är större än %1 MB (det mesta ett ärendedokument får vara)</translation>
    </message>
    <message>
        <source>has more than %1 entries (the most a case may have)</source>
        <translation>har fler än %1 poster (det mesta ett ärende får ha)</translation>
    </message>
</context>
<context>
    <name>KonsultationsteamStore</name>
    <message>
        <source>The meeting needs a date.</source>
        <translation>Mötet måste ha ett datum.</translation>
    </message>
    <message>
        <source>There is no konsultationsteam meeting %1.</source>
        <translation>Det finns inget möte i konsultationsteamet med id %1.</translation>
    </message>
    <message>
        <source>The case is no longer on the agenda.</source>
        <translation>Ärendet finns inte längre på dagordningen.</translation>
    </message>
    <message>
        <source>Case %1 is on the agenda already.</source>
        <translation>Ärende %1 finns redan på dagordningen.</translation>
    </message>
    <message>
        <source>FK&apos;s advice is recorded for case %1, so it stays on the agenda.</source>
        <translation>FK:s råd är registrerat för ärende %1, så det ligger kvar på dagordningen.</translation>
    </message>
    <message>
        <source>The case cannot be moved there.</source>
        <translation>Ärendet kan inte flyttas dit.</translation>
    </message>
    <message>
        <source>Question to FK: %1</source>
        <translation>Fråga till FK: %1</translation>
    </message>
    <message>
        <source>Name the district whose konsultationsteam meets.</source>
        <translation>Ange vilket stadsområdes konsultationsteam som möts.</translation>
    </message>
    <message>
        <source>You hold meetings for your own districts only (%1), not for %2.</source>
        <translation>Du kan bara hålla möten för dina egna stadsområden (%1), inte för %2.</translation>
    </message>
    <message>
        <source>Case %1 is of %2; this meeting is the konsultationsteam of %3.</source>
        <translation>Ärende %1 hör till %2; det här mötet är konsultationsteamet för %3.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; personal data is not written through links</source>
        <translation>%1 är en symbolisk länk; personuppgifter skrivs aldrig genom länkar</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 är inte en vanlig fil</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file</source>
        <translation>%1 finns redan; välj en ny fil</translation>
    </message>
</context>
<context>
    <name>Personnummer</name>
    <message>
        <source>no personnummer given</source>
        <translation>inget personnummer angivet</translation>
    </message>
    <message>
        <source>not a personnummer: write YYMMDD-NNNC or YYYYMMDD-NNNC</source>
        <translation>inte ett personnummer: skriv ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>kontrollsiffran är fel</translation>
    </message>
    <message>
        <source>the birth date does not exist</source>
        <translation>födelsedatumet finns inte</translation>
    </message>
    <message>
        <source>the birth number 000 is never used</source>
        <translation>födelsenumret 000 används aldrig</translation>
    </message>
    <message>
        <source>the birth date is after the date of assessment</source>
        <translation>födelsedatumet ligger efter bedömningsdatumet</translation>
    </message>
</context>
<context>
    <name>ProcessMapAccessible</name>
    <message>
        <source>Box %1, %2: %3</source>
        <translation>Ruta %1, %2: %3</translation>
    </message>
    <message>
        <source>current box</source>
        <translation>ärendets ruta nu</translation>
    </message>
    <message>
        <source>possible next</source>
        <translation>möjlig nästa ruta</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passerad</translation>
    </message>
    <message>
        <source>not possible now</source>
        <translation>inte möjlig nu</translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <source>No avstämningsmöte has been held yet: record the meeting FK called, with its date.</source>
        <translation>Inget avstämningsmöte har hållits ännu: registrera mötet som FK kallade till, med datum.</translation>
    </message>
    <message>
        <source>The rehabilitation plan has no measure with a responsible party yet.</source>
        <translation>Rehabiliteringsplanen har ännu ingen insats med en ansvarig part.</translation>
    </message>
    <message>
        <source>Only a temporary deterioration keeps the case open at FK for new planning.</source>
        <translation>Bara en tillfällig försämring gör att FK behåller ärendet öppet för ny planering.</translation>
    </message>
    <message>
        <source>The case is closed at FK in box 6a; the social services continue on their own.</source>
        <translation>Ärendet är avslutat hos FK i ruta 6a; socialtjänsten arbetar vidare på egen hand.</translation>
    </message>
    <message>
        <source>The method document does not lead from box %1 to box %2.</source>
        <translation>Metodstödet leder inte från ruta %1 till ruta %2.</translation>
    </message>
    <message>
        <source>FK advises that the criteria for coordination are met: the case stays in box 1; help the client apply on blankett 7434 and attach the aktanteckning.</source>
        <translation>FK bedömer att kriterierna för samordning är uppfyllda: ärendet stannar i ruta 1; hjälp klienten att ansöka på blankett 7434 och bifoga aktanteckningen.</translation>
    </message>
    <message>
        <source>FK advises that coordination is not relevant for the case: continue the work with the client without FK.</source>
        <translation>FK bedömer att samordning inte är aktuell i ärendet: arbeta vidare med klienten utan FK.</translation>
    </message>
    <message>
        <source>Box %1 → box %2</source>
        <translation>Ruta %1 → ruta %2</translation>
    </message>
    <message>
        <source>FK has rejected the application: the case goes to box 2b.</source>
        <translation>FK har avslagit ansökan: ärendet går till ruta 2b.</translation>
    </message>
    <message>
        <source>Box 3 begins when FK has received the application (blankett 7434): record the date FK received it.</source>
        <translation>Ruta 3 börjar när FK har fått ansökan (blankett 7434): fyll i datum då FK tog emot den.</translation>
    </message>
    <message>
        <source>No new medical documentation has come since the case entered box 2a: record it under medical documents, then ask FK again.</source>
        <translation>Inget nytt medicinskt underlag har kommit sedan ärendet kom till ruta 2a: registrera det under medicinska underlag och fråga sedan FK igen.</translation>
    </message>
    <message>
        <source>Only FK&apos;s rejection of the application leads from box 3 to box 2b.</source>
        <translation>Bara FK:s avslag på ansökan leder från ruta 3 till ruta 2b.</translation>
    </message>
    <message>
        <source>Box 6a follows when FK has closed the coordination: record FK&apos;s closing date and that the person has full or partial work capacity.</source>
        <translation>Ruta 6a följer när FK har avslutat samordningen: fyll i FK:s avslutsdatum och att personen har hel eller delvis arbetsförmåga.</translation>
    </message>
    <message>
        <source>Box 6b follows when FK has closed the coordination and the person has no work capacity (record FK&apos;s closing date), or at once for a temporary deterioration.</source>
        <translation>Ruta 6b följer när FK har avslutat samordningen och personen saknar arbetsförmåga (fyll i FK:s avslutsdatum), eller direkt vid en tillfällig försämring.</translation>
    </message>
    <message>
        <source>Konsultationsteam %1: FK&apos;s advice: %2.</source>
        <translation>Konsultationsteam %1: FK:s råd: %2.</translation>
    </message>
    <message>
        <source>FK advises that the medical documentation needs complementing: contact the healthcare unit (rehab-koordinator), call a SIP or send questions to the doctor; with new documentation, assess the case again and ask FK again.</source>
        <translation>FK bedömer att det medicinska underlaget behöver kompletteras: kontakta vårdenheten (rehab-koordinator), kalla till SIP eller skicka frågor till läkaren; med nytt underlag, bedöm ärendet på nytt och kontakta FK igen.</translation>
    </message>
</context>
<context>
    <name>ProgramInfo</name>
    <message>
        <source>built into the program</source>
        <translation>inbyggda i programmet</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licens: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Rules and translations: %1</source>
        <translation>Regler och översättningar: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Markera allt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Stega &amp;upp</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Stega &amp;ned</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp om kommandoradens flaggor.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[flaggor]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänd flagga ”%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända flaggor: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter ”%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter ”%1”.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå bakåt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå till överordnad mapp</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Visa med detaljer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Platser och bokmärken</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du verkligen ta bort ”%1”?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>”%1” är skrivskyddad.
Vill du ta bort den ändå?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Mappen kunde inte tas bort.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen finns inte.
Kontrollera mappens namn.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen finns inte.
Kontrollera filens namn.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lipp ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Sidstorlek:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Papperskälla:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Omvänt liggande</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Omvänt stående</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginaler</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Alternativ &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Alternativ &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Skriv ut till fil (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Skriv PDF-fil</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Skriv ut till fil …</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 finns redan.
Vill du skriva över den?</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Filen %1 går inte att skriva.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>Utskriftsformat</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Anpassa till sida</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Visa en sida</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Visa uppslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Visa alla sidor</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Utskriftsformat</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Kopior</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Utskriftsintervall</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Skriv ut alla</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Sidor från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopior:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sortera</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Omvänd ordning</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Färgläge</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Gråskala</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Långsidan</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Kortsidan</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Utdata&amp;fil:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lipp ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>RuleData</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 är inte ett JSON-objekt: %2</translation>
    </message>
    <message>
        <source>every district needs a name and an address</source>
        <translation>varje stadsområde måste ha ett namn och en adress</translation>
    </message>
    <message>
        <source>the district file lists no districts</source>
        <translation>filen med stadsområden innehåller inga stadsområden</translation>
    </message>
    <message>
        <source>every riktålder needs an age above %1</source>
        <translation>varje riktålder behöver en ålder över %1</translation>
    </message>
    <message>
        <source>the rule file gives no riktålder för pension</source>
        <translation>regelfilen anger ingen riktålder för pension</translation>
    </message>
    <message>
        <source>%1 is too large to be a district or rule file</source>
        <translation>%1 är för stor för att vara en fil med stadsområden eller regler</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Need of coordination</source>
        <translation>Behov av samordning</translation>
    </message>
    <message>
        <source>Complement the documentation</source>
        <translation>Komplettera underlagen</translation>
    </message>
    <message>
        <source>No need of coordination by FK</source>
        <translation>Inget behov av att FK samordnar</translation>
    </message>
    <message>
        <source>FK coordinates the rehabilitation</source>
        <translation>FK samordnar rehabiliteringen</translation>
    </message>
    <message>
        <source>Avstämningsmöte and rehabilitation plan</source>
        <translation>Avstämningsmöte och rehabiliteringsplan</translation>
    </message>
    <message>
        <source>Carrying out the plan</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Full or partial work capacity</source>
        <translation>Har hel eller delvis arbetsförmåga</translation>
    </message>
    <message>
        <source>No work capacity</source>
        <translation>Saknar arbetsförmåga</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Samordna</source>
        <translation>Samordna</translation>
    </message>
    <message>
        <source>No temporary folder for the demo store: %1</source>
        <translation>Ingen tillfällig mapp för demodatabasen: %1</translation>
    </message>
    <message>
        <source>The case store %1 could not be opened.

%2</source>
        <translation>Ärendedatabasen %1 kunde inte öppnas.

%2</translation>
    </message>
    <message>
        <source>The store %1 already holds cases. Demo cases are only added to a new or empty store.</source>
        <translation>Databasen %1 innehåller redan ärenden. Demoärenden läggs bara till i en ny eller tom databas.</translation>
    </message>
    <message>
        <source>The store %1 is read-only; no demo cases can be added.</source>
        <translation>Databasen %1 är skrivskyddad; inga demoärenden kan läggas till.</translation>
    </message>
    <message>
        <source>Samordna – coordinated rehabilitation, boxes 1–6b</source>
        <translation>Samordna – samordnad rehabilitering, rutorna 1–6b</translation>
    </message>
    <message>
        <source>The case store to open (default: SAMORDNA_DB or the user&apos;s data folder).</source>
        <translation>Ärendedatabasen som ska öppnas (standard: SAMORDNA_DB eller användarens datamapp).</translation>
    </message>
    <message>
        <source>Open a store filled with fictitious demo cases: a new temporary one, or PATH from --db when that store is new or empty.</source>
        <translation>Öppna en databas med påhittade demoärenden: en ny tillfällig, eller PATH från --db om den databasen är ny eller tom.</translation>
    </message>
    <message>
        <source>Another municipality&apos;s district file (JSON, as resources/districts.json).</source>
        <translation>En annan kommuns fil med stadsområden (JSON, som resources/districts.json).</translation>
    </message>
    <message>
        <source>Language of the window: sv or en.</source>
        <translation>Fönstrets språk: sv eller en.</translation>
    </message>
    <message>
        <source>The district file cannot be used: %1</source>
        <translation>Filen med stadsområden kan inte användas: %1</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <source>The case store to open, as with --db.</source>
        <translation>Databasen med ärenden som ska öppnas, som med --db.</translation>
    </message>
    <message>
        <source>Name one case store: either FILE or --db PATH.</source>
        <translation>Ange en enda databas: antingen FILE eller --db PATH.</translation>
    </message>
    <message>
        <source>Appearance: system, dark or high-contrast (also in Settings).</source>
        <translation>Utseende: system, dark eller high-contrast (finns också under Inställningar).</translation>
    </message>
    <message>
        <source>--theme takes system, dark or high-contrast.</source>
        <translation>--theme tar system, dark eller high-contrast.</translation>
    </message>
    <message>
        <source>Everything is in the team store, but %1 could not be emptied: %2</source>
        <translation>Allt finns i den gemensamma databasen, men %1 kunde inte tömmas: %2</translation>
    </message>
    <message>
        <source>The district file named in SAMORDNA_DISTRICTS cannot be used: %1</source>
        <translation>Filen med stadsområden som SAMORDNA_DISTRICTS anger går inte att använda: %1</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>the period needs both a first and a last day</source>
        <translation>perioden behöver både en första och en sista dag</translation>
    </message>
    <message>
        <source>the period ends (%1) before it begins (%2)</source>
        <translation>perioden slutar (%1) innan den börjar (%2)</translation>
    </message>
    <message>
        <source>there is no district &quot;%1&quot; (the districts are: %2)</source>
        <translation>det finns inget stadsområde ”%1” (stadsområdena är: %2)</translation>
    </message>
    <message>
        <source>the figures could not be read: %1</source>
        <translation>uppgifterna kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>StorePassword</name>
    <message>
        <source>Password for the team store</source>
        <translation>Lösenord till den gemensamma databasen</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>din användare</translation>
    </message>
    <message>
        <source>That password was not accepted.</source>
        <translation>Lösenordet godtogs inte.</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2 for the team store %3. Samordna keeps it only while it runs and never writes it anywhere.</source>
        <translation>Servern %1 ber om lösenordet för %2 till den gemensamma databasen %3. Samordna behåller det bara medan programmet körs och skriver det aldrig någonstans.</translation>
    </message>
</context>
<context>
    <name>StoreSql</name>
    <message>
        <source>permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <source>the store is in use by another program; try again</source>
        <translation>databasen används av ett annat program; försök igen</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>minnet räcker inte</translation>
    </message>
    <message>
        <source>the store cannot be written (read-only)</source>
        <translation>databasen kan inte skrivas (skrivskyddad)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>disken rapporterade ett in-/utmatningsfel</translation>
    </message>
    <message>
        <source>the store is damaged</source>
        <translation>databasen är skadad</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>filen kan inte öppnas</translation>
    </message>
    <message>
        <source>the store refused the change (a rule of the store was broken)</source>
        <translation>databasen avvisade ändringen (en regel i databasen bröts)</translation>
    </message>
    <message>
        <source>the store does not have the expected form</source>
        <translation>databasen har inte den väntade formen</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kod %1</translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>filsystemet är skrivskyddat</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av sökvägen är inte en mapp</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>det är en symbolisk länk</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>filen finns redan</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>disken rapporterade ett in-/utmatningsfel</translation>
    </message>
    <message>
        <source>the file would be too large</source>
        <translation>filen skulle bli för stor</translation>
    </message>
    <message>
        <source>the file cannot be moved to another file system</source>
        <translation>filen kan inte flyttas till ett annat filsystem</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>systemfel %1</translation>
    </message>
</context>
<context>
    <name>TableDelegates</name>
    <message>
        <source>No advice yet</source>
        <translation>Inget råd ännu</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte bestämt</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angiven</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source>&amp;Desktop&apos;s own</source>
        <translation>&amp;Skrivbordets eget</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Team store: bring in a store file&apos;s cases, journals and audit history.</source>
        <translation>Gemensam databas: ta in en databasfils ärenden, journaler och granskningslogg.</translation>
    </message>
    <message>
        <source>the team store has these cases already; nothing of them was written: %1</source>
        <translation>den gemensamma databasen har redan de här ärendena; inget av dem skrevs: %1</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 importerat</translation>
    </message>
    <message>
        <source>import-store brings a file into a team store; name it with --db postgresql://…</source>
        <translation>import-store tar in en fil i en gemensam databas; ange den med --db postgresql://…</translation>
    </message>
    <message>
        <source>import-store takes one store file</source>
        <translation>import-store tar en databasfil</translation>
    </message>
    <message>
        <source>The store file to bring in.</source>
        <translation>Databasfilen som ska tas in.</translation>
    </message>
    <message>
        <source>Team store: add-user ROLE --district D…, list-users, remove-user ROLE.</source>
        <translation>Gemensam databas: add-user ROLL --district D…, list-users, remove-user ROLL.</translation>
    </message>
    <message>
        <source>%1 is no longer a user of this store</source>
        <translation>%1 är inte längre användare av den här databasen</translation>
    </message>
    <message>
        <source>%1 sees the cases of: %2</source>
        <translation>%1 ser ärendena i: %2</translation>
    </message>
    <message>
        <source>admin works on a team store; name it with --db postgresql://…</source>
        <translation>admin gäller en gemensam databas; ange den med --db postgresql://…</translation>
    </message>
    <message>
        <source>only add-user takes --district</source>
        <translation>bara add-user tar --district</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district (known: %2)</source>
        <translation>&quot;%1&quot; är inget stadsområde (kända: %2)</translation>
    </message>
    <message>
        <source>add-user needs at least one --district</source>
        <translation>add-user behöver minst ett --district</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name (lower-case letters, digits and _ only)</source>
        <translation>&quot;%1&quot; är inget rollnamn (endast små bokstäver, siffror och _)</translation>
    </message>
    <message>
        <source>admin takes add-user ROLE --district D…, list-users or remove-user ROLE</source>
        <translation>admin tar add-user ROLL --district D…, list-users eller remove-user ROLL</translation>
    </message>
    <message>
        <source>A district whose cases the user sees (repeat for more).</source>
        <translation>Ett stadsområde vars ärenden användaren ser (upprepa för fler).</translation>
    </message>
    <message>
        <source>The login role (add-user, remove-user).</source>
        <translation>Inloggningsrollen (add-user, remove-user).</translation>
    </message>
    <message>
        <source>add-user, list-users or remove-user</source>
        <translation>add-user, list-users eller remove-user</translation>
    </message>
    <message>
        <source>A case document, or - for standard input.</source>
        <translation>En ärendefil, eller - för standard in.</translation>
    </message>
    <message>
        <source>assess takes one file, or - for standard input</source>
        <translation>assess tar en fil, eller - för standard in</translation>
    </message>
    <message>
        <source>The date of assessment (default: today).</source>
        <translation>Bedömningsdatum (standard: i dag).</translation>
    </message>
    <message>
        <source>The store file (default: SAMORDNA_DB, else the user&apos;s data folder).</source>
        <translation>Databasfilen (standard: SAMORDNA_DB, annars användarens datamapp).</translation>
    </message>
    <message>
        <source>Language of messages: sv (default) or en.</source>
        <translation>Språk för meddelanden: sv (standard) eller en.</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--today: &quot;%1&quot; är inte ett datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Judge a case document and print the report as JSON.</source>
        <translation>Bedöm en ärendefil och skriv ut rapporten som JSON.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Samordna: coordinated rehabilitation for clients without SGI.</source>
        <translation>Samordna: samordnad rehabilitering för klienter utan SGI.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>okänt kommando &quot;%1&quot; (se --help)</translation>
    </message>
    <message>
        <source>The document: one of %1.</source>
        <translation>Dokumentet: något av %1.</translation>
    </message>
    <message>
        <source>The case&apos;s id.</source>
        <translation>Ärendets id.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>document takes one KIND: one of %1</source>
        <translation>document tar en KIND: något av %1</translation>
    </message>
    <message>
        <source>unknown document kind &quot;%1&quot;; use one of %2</source>
        <translation>okänd dokumenttyp &quot;%1&quot;; använd något av %2</translation>
    </message>
    <message>
        <source>document needs --case ID</source>
        <translation>document kräver --case ID</translation>
    </message>
    <message>
        <source>document needs --out FILE.pdf</source>
        <translation>document kräver --out FILE.pdf</translation>
    </message>
    <message>
        <source>Create the store, or upgrade it to this version.</source>
        <translation>Skapa databasen, eller uppgradera den till den här versionen.</translation>
    </message>
    <message>
        <source>Store case documents, each file on its own.</source>
        <translation>Spara ärendefiler i databasen, varje fil för sig.</translation>
    </message>
    <message>
        <source>Write stored cases as case documents.</source>
        <translation>Skriv sparade ärenden som ärendefiler.</translation>
    </message>
    <message>
        <source>List the stored cases (no personal data unless --show-personal).</source>
        <translation>Lista de sparade ärendena (inga personuppgifter utan --show-personal).</translation>
    </message>
    <message>
        <source>Judge a stored case and print the report as JSON.</source>
        <translation>Bedöm ett sparat ärende och skriv ut rapporten som JSON.</translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity and references.</source>
        <translation>Kontrollera databasens integritet och referenser.</translation>
    </message>
    <message>
        <source>Copy the store, consistently, to a new file.</source>
        <translation>Kopiera databasen, i ett konsistent tillstånd, till en ny fil.</translation>
    </message>
    <message>
        <source>Print the audit log.</source>
        <translation>Skriv ut granskningsloggen.</translation>
    </message>
    <message>
        <source>Write a case&apos;s document as PDF (underlag-7434, sammanfattning-fk, …).</source>
        <translation>Skriv ett ärendes dokument som PDF (underlag-7434, sammanfattning-fk, …).</translation>
    </message>
    <message>
        <source>there is no store at %1; create one with init</source>
        <translation>det finns ingen databas i %1; skapa en med init</translation>
    </message>
    <message>
        <source>the store %1 is read-only; nothing was changed</source>
        <translation>databasen %1 är skrivskyddad; inget ändrades</translation>
    </message>
    <message>
        <source>the store %1 is read-only; it is opened for reading only</source>
        <translation>databasen %1 är skrivskyddad; den öppnas bara för läsning</translation>
    </message>
    <message>
        <source>init takes no arguments; name the store with --db</source>
        <translation>init tar inga argument; ange databasen med --db</translation>
    </message>
    <message numerus="yes">
        <source>store ready: %1 (schema version %2, %n case(s))</source>
        <translation>
            <numerusform>databasen klar: %1 (schemaversion %2, %n ärende)</numerusform>
            <numerusform>databasen klar: %1 (schemaversion %2, %n ärenden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case documents to import, or - for standard input.</source>
        <translation>Ärendefiler att importera, eller - för standard in.</translation>
    </message>
    <message>
        <source>import takes one or more case documents</source>
        <translation>import tar en eller flera ärendefiler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export this case only, as one case document.</source>
        <translation>Exportera bara det här ärendet, som en ärendefil.</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (the default).</source>
        <translation>Filen som ska skrivas, eller - för standard ut (standard).</translation>
    </message>
    <message>
        <source>export writes to one file, or - for standard output</source>
        <translation>export skriver till en fil, eller - för standard ut</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>det finns inget ärende %1</translation>
    </message>
    <message>
        <source>case %1 vanished during the export</source>
        <translation>ärende %1 försvann under exporten</translation>
    </message>
    <message>
        <source>Also show names and personnummer.</source>
        <translation>Visa även namn och personnummer.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list tar inga argument</translation>
    </message>
    <message>
        <source>The case to judge.</source>
        <translation>Ärendet som ska bedömas.</translation>
    </message>
    <message>
        <source>show takes one case id</source>
        <translation>show tar ett ärende-id</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check tar inga argument</translation>
    </message>
    <message>
        <source>there is no store at %1</source>
        <translation>det finns ingen databas i %1</translation>
    </message>
    <message numerus="yes">
        <source>the store has %n problem(s)</source>
        <translation>
            <numerusform>databasen har %n problem</numerusform>
            <numerusform>databasen har %n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>The new file to write the copy to.</source>
        <translation>Den nya filen som kopian ska skrivas till.</translation>
    </message>
    <message>
        <source>backup takes one file to write</source>
        <translation>backup tar en fil att skriva</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the backup</source>
        <translation>%1 finns redan; välj en ny fil för säkerhetskopian</translation>
    </message>
    <message>
        <source>backup written: %1</source>
        <translation>säkerhetskopia skriven: %1</translation>
    </message>
    <message>
        <source>Show the rows of this case only.</source>
        <translation>Visa bara raderna för det här ärendet.</translation>
    </message>
    <message>
        <source>audit takes no arguments other than --case</source>
        <translation>audit tar inga andra argument än --case</translation>
    </message>
    <message>
        <source>Another municipality&apos;s district file (JSON, as resources/districts.json).</source>
        <translation>En annan kommuns fil med stadsområden (JSON, som resources/districts.json).</translation>
    </message>
    <message>
        <source>--districts: %1</source>
        <translation>--districts: %1</translation>
    </message>
    <message>
        <source>nothing was exported: %1</source>
        <translation>inget exporterades: %1</translation>
    </message>
    <message>
        <source>names and personnummer are not shown: %1</source>
        <translation>namn och personnummer visas inte: %1</translation>
    </message>
    <message numerus="yes">
        <source>the list stopped after %n case(s): %1</source>
        <translation>
            <numerusform>listan avbröts efter %n ärende: %1</numerusform>
            <numerusform>listan avbröts efter %n ärenden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the follow-up figures for a period (aggregates only; audited).</source>
        <translation>Skriv ut uppföljningens siffror för en period (bara sammanräknat; loggas).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: &quot;%2&quot; är inte ett datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>First day of the period (default: a year before --to).</source>
        <translation>Periodens första dag (standard: ett år före --to).</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>Periodens sista dag (standard: i dag).</translation>
    </message>
    <message>
        <source>Only this district (default: all).</source>
        <translation>Bara detta stadsområde (standard: alla).</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Utdataformat: json (standard) eller csv.</translation>
    </message>
    <message>
        <source>stats takes no arguments; see --help</source>
        <translation>stats tar inga argument; se --help</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is neither json nor csv</source>
        <translation>--format: &quot;%1&quot; är varken json eller csv</translation>
    </message>
    <message>
        <source>Save an exported, edited case document over its case as a new revision.</source>
        <translation>Spara en exporterad, redigerad ärendefil över sitt ärende som en ny version.</translation>
    </message>
    <message>
        <source>Team store: take cases along into a new file for work offline (--to FILE --case ID…|--mine|--agenda M).</source>
        <translation>Gemensam databas: ta med ärenden i en ny fil för arbete offline (--to FIL --case ID…|--mine|--agenda M).</translation>
    </message>
    <message>
        <source>A file taken along: bring its work back to the team store, merging field by field.</source>
        <translation>En medtagen fil: för tillbaka arbetet till den gemensamma databasen, fält för fält.</translation>
    </message>
    <message>
        <source>A file taken along: list the conflicts a sync left, or choose a value (CASE FIELD --take team|offline).</source>
        <translation>En medtagen fil: lista konflikterna en synk lämnade, eller välj ett värde (ÄRENDE FÄLT --take team|offline).</translation>
    </message>
    <message>
        <source>The edited case document (as export wrote it, with case.revision), or -.</source>
        <translation>Den redigerade ärendefilen (som export skrev den, med case.revision), eller -.</translation>
    </message>
    <message>
        <source>update takes one case document</source>
        <translation>update tar en ärendefil</translation>
    </message>
    <message>
        <source>%1: case.id: update needs the id of the stored case; a new case is stored with import</source>
        <translation>%1: case.id: update behöver det sparade ärendets id; ett nytt ärende sparas med import</translation>
    </message>
    <message>
        <source>%1: case.id: %2</source>
        <translation>%1: case.id: %2</translation>
    </message>
    <message>
        <source>%1: case.revision: update needs the revision the document was exported at; export the case again and edit that</source>
        <translation>%1: case.revision: update behöver versionen som filen exporterades vid; exportera ärendet igen och redigera den</translation>
    </message>
    <message>
        <source>case %1 was changed in the store after revision %2, which the document was exported at (it is at revision %3 now); nothing was saved. Export it again and make the change there</source>
        <translation>ärende %1 ändrades i databasen efter version %2, som filen exporterades vid (det har version %3 nu); inget sparades. Exportera det igen och gör ändringen där</translation>
    </message>
    <message>
        <source>The new store file to take the cases into.</source>
        <translation>Den nya databasfilen som ärendena tas med i.</translation>
    </message>
    <message>
        <source>A case to take (may be repeated).</source>
        <translation>Ett ärende att ta med (kan upprepas).</translation>
    </message>
    <message>
        <source>Take the open cases whose social worker is you (your name in the settings).</source>
        <translation>Ta med de öppna ärenden där du är handläggare (ditt namn i inställningarna).</translation>
    </message>
    <message>
        <source>Take the cases on a konsultationsteam meeting&apos;s agenda.</source>
        <translation>Ta med ärendena på ett konsultationsteammötes dagordning.</translation>
    </message>
    <message>
        <source>checkout takes no arguments other than its options</source>
        <translation>checkout tar inga andra argument än sina flaggor</translation>
    </message>
    <message>
        <source>checkout needs --to FILE.sqlite</source>
        <translation>checkout kräver --to FIL.sqlite</translation>
    </message>
    <message>
        <source>checkout takes the cases by one of --case ID…, --mine or --agenda MEETING-ID</source>
        <translation>checkout väljer ärenden med ett av --case ID…, --mine eller --agenda MÖTES-ID</translation>
    </message>
    <message>
        <source>--mine needs your name in the settings (Inställningar, Mina uppgifter); or name the cases with --case</source>
        <translation>--mine kräver ditt namn i inställningarna (Inställningar, Mina uppgifter); eller ange ärendena med --case</translation>
    </message>
    <message>
        <source>there is no konsultationsteam meeting %1</source>
        <translation>det finns inget konsultationsteammöte %1</translation>
    </message>
    <message>
        <source>there are no cases to take along</source>
        <translation>det finns inga ärenden att ta med</translation>
    </message>
    <message>
        <source>Keep the cases in the file after a complete sync (by default it is emptied).</source>
        <translation>Behåll ärendena i filen efter en fullständig synk (annars töms den).</translation>
    </message>
    <message>
        <source>The team store, when it is not where the cases were taken from.</source>
        <translation>Den gemensamma databasen, om det inte är den ärendena togs från.</translation>
    </message>
    <message>
        <source>sync takes no arguments; name the file with --db</source>
        <translation>sync tar inga argument; ange filen med --db</translation>
    </message>
    <message>
        <source>%1 was not taken along from a team store (checkout); there is nothing to sync</source>
        <translation>%1 togs inte med från en gemensam databas (checkout); det finns inget att synka</translation>
    </message>
    <message>
        <source>not every case was synced; run sync again</source>
        <translation>alla ärenden synkades inte; synka igen</translation>
    </message>
    <message>
        <source>fields changed on both sides wait for your choice (samordna-cli resolve, or the program&apos;s sync window); nothing of them was overwritten</source>
        <translation>fält som ändrats på båda håll väntar på ditt val (samordna-cli resolve, eller programmets synkfönster); inget av dem skrevs över</translation>
    </message>
    <message>
        <source>the team store still shows the cases as checked out: %1</source>
        <translation>den gemensamma databasen visar fortfarande ärendena som utcheckade: %1</translation>
    </message>
    <message>
        <source>everything is synced, but %1 could not be emptied: %2</source>
        <translation>allt är synkat, men %1 kunde inte tömmas: %2</translation>
    </message>
    <message>
        <source>emptied: %1</source>
        <translation>tömd: %1</translation>
    </message>
    <message>
        <source>Which value to keep: team (the team store&apos;s) or offline (this file&apos;s).</source>
        <translation>Vilket värde som ska behållas: team (den gemensamma databasens) eller offline (den här filens).</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>Ärendet.</translation>
    </message>
    <message>
        <source>The field, as sync named it.</source>
        <translation>Fältet, som sync namngav det.</translation>
    </message>
    <message>
        <source>resolve takes CASE FIELD --take team|offline, or nothing to list the conflicts</source>
        <translation>resolve tar ÄRENDE FÄLT --take team|offline, eller inget för att lista konflikterna</translation>
    </message>
    <message>
        <source>a case made offline for a person who has a case in the team store is added with --take offline, or stays in the file until its notes are moved by hand</source>
        <translation>ett ärende som skapats offline för en person som har ett ärende i den gemensamma databasen läggs till med --take offline, eller stannar i filen tills anteckningarna flyttats för hand</translation>
    </message>
    <message>
        <source>chosen; run sync to bring it in</source>
        <translation>valt; synka för att föra in det</translation>
    </message>
    <message>
        <source>SAMORDNA_DISTRICTS: %1</source>
        <translation>SAMORDNA_DISTRICTS: %1</translation>
    </message>
    <message>
        <source>Import a case even when its person already has an open case.</source>
        <translation>Importera ett ärende även när personen redan har ett öppet ärende.</translation>
    </message>
    <message>
        <source>these case ids are not usable (letters a-z, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only); nothing of those cases was written: %1</source>
        <translation>de här ärende-id:na går inte att använda (bara bokstäverna a-z, siffror, &apos;-&apos;, &apos;_&apos; och &apos;.&apos;); inget av de ärendena skrevs: %1</translation>
    </message>
    <message>
        <source>konsultationsteam meeting %1 imported</source>
        <translation>konsultationsteammöte %1 importerat</translation>
    </message>
    <message>
        <source>konsultationsteam meeting %1 imported without the agenda items of cases not imported: %2</source>
        <translation>konsultationsteammöte %1 importerat utan dagordningspunkterna för ärenden som inte importerades: %2</translation>
    </message>
    <message>
        <source>the team store has these konsultationsteam meetings (or items of their agendas) already; nothing of them was written: %1</source>
        <translation>den gemensamma databasen har redan de här konsultationsteammötena (eller punkter på deras dagordningar); inget av dem skrevs: %1</translation>
    </message>
    <message>
        <source>these cases are of districts you do not work in (yours: %1); nothing of them was written: %2</source>
        <translation>de här ärendena hör till stadsområden du inte arbetar i (dina: %1); inget av dem skrevs: %2</translation>
    </message>
    <message>
        <source>these konsultationsteam meetings are of districts you do not work in (yours: %1); nothing of them was written: %2</source>
        <translation>de här konsultationsteammötena hör till stadsområden du inte arbetar i (dina: %1); inget av dem skrevs: %2</translation>
    </message>
    <message>
        <source>these konsultationsteam meetings name no district, and only the store&apos;s owner brings such a meeting in; nothing of them was written: %1</source>
        <translation>de här konsultationsteammötena anger inget stadsområde, och bara databasens ägare kan föra in ett sådant möte; inget av dem skrevs: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>the districts a user works in</comment>
        <translation>inga</translation>
    </message>
</context>
<context>
    <name>samordna::ui::AktanteckningPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Case %1: no advice is recorded yet, so there is no aktanteckning.</source>
        <translation>Ärende %1: inget råd är registrerat ännu, så det finns ingen aktanteckning.</translation>
    </message>
    <message>
        <source>Case %1 cannot be read: %2</source>
        <translation>Ärende %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Det finns inget ärende %1.</translation>
    </message>
    <message>
        <source>The aktanteckning is not shown: %1</source>
        <translation>Aktanteckningen visas inte: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Inget kopierades: %1</translation>
    </message>
    <message>
        <source>Aktanteckning</source>
        <translation>Aktanteckning</translation>
    </message>
    <message>
        <source>Open in own window…</source>
        <translation>Öppna i eget fönster…</translation>
    </message>
    <message>
        <source>A window of its own, to move to your screen: the note names the client</source>
        <translation>Ett eget fönster att flytta till din skärm: anteckningen namnger klienten</translation>
    </message>
    <message>
        <source>Copy the aktanteckning, without showing it, to paste into the case system</source>
        <translation>Kopiera aktanteckningen utan att visa den, för att klistra in i verksamhetssystemet</translation>
    </message>
    <message>
        <source>Choose a case on the agenda for its aktanteckning.</source>
        <translation>Välj ett ärende på dagordningen för dess aktanteckning.</translation>
    </message>
    <message>
        <source>The aktanteckning of case %1 is ready. It names the client, so it is not shown on this screen: open it in a window of its own on your screen, or copy it unseen.</source>
        <translation>Aktanteckningen för ärende %1 är klar. Den namnger klienten och visas därför inte här: öppna den i ett eget fönster på din skärm, eller kopiera den utan att visa den.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::AktanteckningWindow</name>
    <message>
        <source>Aktanteckning – case %1</source>
        <translation>Aktanteckning – ärende %1</translation>
    </message>
    <message>
        <source>This note names the client. Keep this window on your own screen.</source>
        <translation>Anteckningen namnger klienten. Håll det här fönstret på din egen skärm.</translation>
    </message>
    <message>
        <source>Aktanteckning</source>
        <translation>Aktanteckning</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>samordna::ui::CaseHeader</name>
    <message>
        <source>Personnummer not valid</source>
        <translation>Ogiltigt personnummer</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ålder okänd</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Inget stadsområde</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Stadsområde %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Social worker: %1</source>
        <translation>Socialsekreterare: %1</translation>
    </message>
    <message>
        <source>Box %1: %2</source>
        <translation>Ruta %1: %2</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Inget ärende öppet</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show the full personnummer. You are asked first, and it is written to the audit log.</source>
        <translation>Visa hela personnumret. Du får frågan först, och det skrivs till granskningsloggen.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsområde</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nästa tidsgräns</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrat</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, försenad</translation>
    </message>
</context>
<context>
    <name>samordna::ui::CaseListPanel</name>
    <message>
        <source>Show full personnummer</source>
        <translation>Visa hela personnumret</translation>
    </message>
    <message>
        <source>Search name, personnummer or case</source>
        <translation>Sök namn, personnummer eller ärende</translation>
    </message>
    <message>
        <source>Show the cases in one box</source>
        <translation>Visa ärendena i en ruta</translation>
    </message>
    <message>
        <source>Show the cases of one district</source>
        <translation>Visa ärendena i ett stadsområde</translation>
    </message>
    <message>
        <source>Shows the last four digits. Each time is written to the audit log.</source>
        <translation>Visar de fyra sista siffrorna. Varje visning skrivs till granskningsloggen.</translation>
    </message>
    <message>
        <source>All boxes</source>
        <translation>Alla rutor</translation>
    </message>
    <message>
        <source>Box %1 – %2</source>
        <translation>Ruta %1 – %2</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alla stadsområden</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 ärenden</translation>
    </message>
    <message>
        <source>%1 of 1 case</source>
        <translation>%1 av 1 ärende</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 ärenden</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 ärende</translation>
    </message>
    <message>
        <source>The personnummer stay hidden: %1</source>
        <translation>Personnumren förblir dolda: %1</translation>
    </message>
    <message>
        <source>The cases cannot be listed: %1</source>
        <translation>Ärendena kan inte listas: %1</translation>
    </message>
    <message numerus="yes">
        <source>The list is incomplete: only %n case(s) could be read. %1</source>
        <translation>
            <numerusform>Listan är ofullständig: bara %n ärende kunde läsas. %1</numerusform>
            <numerusform>Listan är ofullständig: bara %n ärenden kunde läsas. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Open cases, closed cases (box 2b, 6a, or 6b not kept open), or all</source>
        <translation>Öppna ärenden, avslutade ärenden (ruta 2b, 6a, eller 6b som inte hålls öppen), eller alla</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <source>Show every case, open and closed, in every box and district</source>
        <translation>Visa alla ärenden, öppna och avslutade, i alla rutor och stadsområden</translation>
    </message>
    <message>
        <source>Show the full personnummer of every case in the list? Make sure no one else can see the screen. Each case&apos;s audit log records it.</source>
        <translation>Visa hela personnumret för alla ärenden i listan? Se till att ingen annan ser skärmen. Det skrivs i varje ärendes granskningslogg.</translation>
    </message>
    <message>
        <source>Filter: %1. Cases outside it are hidden.</source>
        <translation>Filter: %1. Ärenden utanför det visas inte.</translation>
    </message>
    <message>
        <source>Open or closed cases</source>
        <translation>Öppna eller avslutade ärenden</translation>
    </message>
</context>
<context>
    <name>samordna::ui::CasePage</name>
    <message>
        <source>Box %1: %2</source>
        <translation>Ruta %1: %2</translation>
    </message>
</context>
<context>
    <name>samordna::ui::CaseWorkspace</name>
    <message>
        <source>Edit meeting</source>
        <translation>Ändra möte</translation>
    </message>
    <message>
        <source>Edit rehabilitation plan</source>
        <translation>Ändra rehabiliteringsplan</translation>
    </message>
    <message>
        <source>Edit complement</source>
        <translation>Ändra komplettering</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Box %1: %2</source>
        <translation>Ruta %1: %2</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Add journal note</source>
        <translation>Lägg till journalanteckning</translation>
    </message>
    <message>
        <source>Mark journal note as wrong</source>
        <translation>Felmarkera journalanteckning</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>Ärendet hittades inte</translation>
    </message>
    <message>
        <source>The case %1 is not in the store.</source>
        <translation>Ärende %1 finns inte i databasen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The case could not be saved: %1

Your changes are kept here and in a draft, so nothing is lost.</source>
        <translation>Ärendet kunde inte sparas: %1

Dina ändringar finns kvar här och i ett utkast, så inget går förlorat.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ändrat på annat håll</translation>
    </message>
    <message>
        <source>Case %1 was saved elsewhere after you opened it, so your changes were not saved.

Reload loads the other version and discards your unsaved changes. Keep editing keeps your changes here and in a draft; nothing is saved automatically until you reload or save again.</source>
        <translation>Ärende %1 sparades på annat håll efter att du öppnade det, så dina ändringar sparades inte.

Läs in igen hämtar den andra versionen och kastar dina osparade ändringar. Fortsätt redigera behåller dina ändringar här och i ett utkast; inget sparas automatiskt förrän du läser in igen eller sparar på nytt.</translation>
    </message>
    <message>
        <source>Reload…</source>
        <translation>Läs in igen…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Kasta dina ändringar?</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to case %1 and load the version saved elsewhere?</source>
        <translation>Kasta dina osparade ändringar i ärende %1 och läsa in versionen som sparats på annat håll?</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Återställa osparade ändringar?</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Återställ osparade ändringar</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Inte sparat: ändrat på annat håll</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Osparade ändringar…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Inte möjligt nu</translation>
    </message>
    <message>
        <source>The case is already in this box.</source>
        <translation>Ärendet är redan i den här rutan.</translation>
    </message>
    <message>
        <source>Move to box %1</source>
        <translation>Flytta till ruta %1</translation>
    </message>
    <message>
        <source>A short note for the journal: why the case moves to box %1 (%2).</source>
        <translation>En kort anteckning för journalen: varför ärendet flyttas till ruta %1 (%2).</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttat</translation>
    </message>
    <message>
        <source>The case was not moved: %1</source>
        <translation>Ärendet flyttades inte: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ångra: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Gör om: %1</translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation>Ärendet öppnades inte</translation>
    </message>
    <message>
        <source>The case %1 was not opened: %2</source>
        <translation>Ärendet %1 öppnades inte: %2</translation>
    </message>
    <message>
        <source>Changed elsewhere: save to see whether it conflicts</source>
        <translation>Ändrat på annat håll: spara för att se om det krockar</translation>
    </message>
    <message>
        <source>Not reloaded</source>
        <translation>Inte omläst</translation>
    </message>
    <message>
        <source>The case %1 could not be read: %2</source>
        <translation>Ärendet %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>mappen %1 kan inte skapas</translation>
    </message>
    <message>
        <source>Unsaved changes; no draft could be kept (%1)</source>
        <translation>Osparade ändringar; inget utkast kunde sparas (%1)</translation>
    </message>
    <message>
        <source>Show or hide the journal and information pane</source>
        <translation>Visa eller dölj panelen med journal och information</translation>
    </message>
    <message>
        <source>Show personnummer</source>
        <translation>Visa personnummer</translation>
    </message>
    <message>
        <source>Show the full personnummer of case %1? Make sure no one else can see the screen. This is written to the audit log.</source>
        <translation>Visa hela personnumret för ärende %1? Se till att ingen annan ser skärmen. Det skrivs till granskningsloggen.</translation>
    </message>
    <message>
        <source>The personnummer stays hidden: %1</source>
        <translation>Personnumret förblir dolt: %1</translation>
    </message>
    <message>
        <source>Check the dates: %1</source>
        <translation>Kontrollera datumen: %1</translation>
    </message>
    <message>
        <source>Not taken: %1</source>
        <translation>Ändringen gjordes inte: %1</translation>
    </message>
    <message>
        <source>Edit medical document</source>
        <translation>Ändra medicinskt underlag</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <source>To FK</source>
        <translation>Till FK</translation>
    </message>
    <message>
        <source>Till Försäkringskassan: what FK is told beyond the medical documentation</source>
        <translation>Till Försäkringskassan: det FK får veta utöver det medicinska underlaget</translation>
    </message>
    <message>
        <source>The reason could not be saved: %1</source>
        <translation>Skälet kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>inget namn</translation>
    </message>
    <message>
        <source>Changes to case %1 (%2) from %3 were not saved (the program may have closed unexpectedly).

%4

Restore them?</source>
        <translation>Ändringar i ärende %1 (%2) från %3 sparades inte (programmet kan ha avslutats oväntat).

%4

Vill du återställa dem?</translation>
    </message>
    <message>
        <source>Move the case</source>
        <translation>Flytta ärendet</translation>
    </message>
</context>
<context>
    <name>samordna::ui::CheckoutDialog</name>
    <message>
        <source>&amp;My open cases</source>
        <translation>&amp;Mina öppna ärenden</translation>
    </message>
    <message>
        <source>The cases on a konsultationsteam &amp;agenda:</source>
        <translation>Ärendena på ett konsultationsteams &amp;dagordning:</translation>
    </message>
    <message>
        <source>Take along offline</source>
        <translation>Ta med offline</translation>
    </message>
    <message>
        <source>Take &amp;along</source>
        <translation>Ta &amp;med</translation>
    </message>
    <message>
        <source>The open case (none is open)</source>
        <translation>Det öppna ärendet (inget är öppet)</translation>
    </message>
    <message>
        <source>The open case, %1</source>
        <translation>Det öppna ärendet, %1</translation>
    </message>
    <message>
        <source>Fill in your name under Settings, My details, first</source>
        <translation>Fyll först i ditt namn under Inställningar, Mina uppgifter</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n ärende)</numerusform>
            <numerusform>%1 (%n ärenden)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>The file holds personal data: keep it only on a computer whose disk is encrypted, bring the work back with Sync as soon as you can, and let the file be emptied then. Colleagues see that you have taken the cases along; they can still work on them, and both sides&apos; work is merged.</source>
        <translation>Filen innehåller personuppgifter: ha den bara på en dator med krypterad disk, synka tillbaka arbetet så snart du kan och låt då filen tömmas. Kollegorna ser att du har tagit med ärendena; de kan fortfarande arbeta med dem, och båda sidornas arbete slås samman.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Take along into</source>
        <translation>Ta med till</translation>
    </message>
    <message>
        <source>Samordna store (*.sqlite)</source>
        <translation>Samordna-databas (*.sqlite)</translation>
    </message>
    <message>
        <source>There are no cases to take along.</source>
        <translation>Det finns inga ärenden att ta med.</translation>
    </message>
    <message>
        <source>Nothing was taken along: %1</source>
        <translation>Inget togs med: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) taken along into %1. Open that file with Samordna on the laptop; bring the work back with Offline, Sync.</source>
        <translation>
            <numerusform>%n ärende togs med till %1. Öppna filen med Samordna på den bärbara datorn; för tillbaka arbetet med Offline, Synka.</numerusform>
            <numerusform>%n ärenden togs med till %1. Öppna filen med Samordna på den bärbara datorn; för tillbaka arbetet med Offline, Synka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samordna::ui::ComplementModel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>samordna::ui::ConflictView</name>
    <message>
        <source>Keep the &amp;team store&apos;s value</source>
        <translation>Behåll den &amp;gemensamma databasens värde</translation>
    </message>
    <message>
        <source>Keep &amp;this file&apos;s value</source>
        <translation>Behåll &amp;den här filens värde</translation>
    </message>
    <message>
        <source>These fields were changed both here and in the team store since the cases were taken along. Nothing was overwritten. Choose for each which value the case keeps; your choice is recorded in the audit log, and the next sync brings it in.</source>
        <translation>De här fälten har ändrats både här och i den gemensamma databasen sedan ärendena togs med. Inget skrevs över. Välj för vart och ett vilket värde ärendet ska behålla; ditt val antecknas i granskningsloggen och nästa synk för in det.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>In the team store</source>
        <translation>I den gemensamma databasen</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>I den här filen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behålls</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Fält som ändrats på båda håll</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsområde</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Social worker&apos;s name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Social worker&apos;s phone</source>
        <translation>Handläggarens telefon</translation>
    </message>
    <message>
        <source>Social worker&apos;s e-mail</source>
        <translation>Handläggarens e-post</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Has SGI</source>
        <translation>Har SGI</translation>
    </message>
    <message>
        <source>Insured in Sweden</source>
        <translation>Försäkrad i Sverige</translation>
    </message>
    <message>
        <source>Insured through the EU rules</source>
        <translation>Försäkrad enligt EU-reglerna</translation>
    </message>
    <message>
        <source>Work capacity reduced by illness</source>
        <translation>Arbetsförmågan nedsatt på grund av sjukdom</translation>
    </message>
    <message>
        <source>Needs rehabilitation</source>
        <translation>Behov av rehabilitering</translation>
    </message>
    <message>
        <source>Needs coordination</source>
        <translation>Behov av samordning</translation>
    </message>
    <message>
        <source>Medical documentation</source>
        <translation>Medicinskt underlag</translation>
    </message>
    <message>
        <source>Needs mapped</source>
        <translation>Behoven kartlagda</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Application sent</source>
        <translation>Ansökan skickad</translation>
    </message>
    <message>
        <source>Application received by FK</source>
        <translation>Ansökan mottagen av FK</translation>
    </message>
    <message>
        <source>FK&apos;s decision</source>
        <translation>FK:s beslut</translation>
    </message>
    <message>
        <source>Date of FK&apos;s decision</source>
        <translation>Datum för FK:s beslut</translation>
    </message>
    <message>
        <source>Contact with FK</source>
        <translation>Kontakt med FK</translation>
    </message>
    <message>
        <source>Work capacity at closure</source>
        <translation>Arbetsförmåga vid avslut</translation>
    </message>
    <message>
        <source>How long the reduction lasts</source>
        <translation>Hur länge nedsättningen varar</translation>
    </message>
    <message>
        <source>Judged against the whole labour market</source>
        <translation>Bedömd mot hela arbetsmarknaden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Continued by</source>
        <translation>Fortsätter hos</translation>
    </message>
    <message>
        <source>For FK: illness history</source>
        <translation>Till FK: sjukdomshistorik</translation>
    </message>
    <message>
        <source>For FK: measures tried</source>
        <translation>Till FK: prövade insatser</translation>
    </message>
    <message>
        <source>For FK: other information</source>
        <translation>Till FK: övrig information</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte ifyllt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, sedan %2</translation>
    </message>
    <message>
        <source>already has case %1</source>
        <translation>har redan ärende %1</translation>
    </message>
    <message>
        <source>a new case made here</source>
        <translation>ett nytt ärende skapat här</translation>
    </message>
    <message>
        <source>the team store&apos;s</source>
        <translation>den gemensamma databasens</translation>
    </message>
    <message>
        <source>this file&apos;s</source>
        <translation>den här filens</translation>
    </message>
</context>
<context>
    <name>samordna::ui::ConnectionWatcher</name>
    <message>
        <source>Connected to the team store again.</source>
        <translation>Ansluten till den gemensamma databasen igen.</translation>
    </message>
    <message>
        <source>The connection to the team store was lost – trying again in %1 s</source>
        <translation>Anslutningen till den gemensamma databasen bröts – försöker igen om %1 s</translation>
    </message>
    <message>
        <source>The connection to the team store was lost – connecting…</source>
        <translation>Anslutningen till den gemensamma databasen bröts – ansluter…</translation>
    </message>
</context>
<context>
    <name>samordna::ui::ContactModel</name>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>samordna::ui::DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Välj datum i en kalender (Alt+Nedpil)</translation>
    </message>
</context>
<context>
    <name>samordna::ui::FactCombo</name>
    <message>
        <source>Don&apos;t know</source>
        <translation>Vet ej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>samordna::ui::FollowUpWindow</name>
    <message>
        <source>A chart; its figures are in the table beside it.</source>
        <translation>Ett diagram; dess siffror finns i tabellen bredvid.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Days per box, chart</source>
        <translation>Dagar per ruta, diagram</translation>
    </message>
    <message>
        <source>Cases entering each box by quarter, chart</source>
        <translation>Ärenden in i varje ruta per kvartal, diagram</translation>
    </message>
    <message>
        <source>How cases ended, chart</source>
        <translation>Hur ärendena avslutades, diagram</translation>
    </message>
    <message>
        <source>The method&apos;s time limits, chart</source>
        <translation>Metodens tidsgränser, diagram</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Förra kvartalet</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Vald period</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alla stadsområden</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation>Stads&amp;område:</translation>
    </message>
    <message>
        <source>Days per box, table</source>
        <translation>Dagar per ruta, tabell</translation>
    </message>
    <message>
        <source>Cases entering each box by quarter, table</source>
        <translation>Ärenden in i varje ruta per kvartal, tabell</translation>
    </message>
    <message>
        <source>How cases ended, table</source>
        <translation>Hur ärendena avslutades, tabell</translation>
    </message>
    <message>
        <source>The method&apos;s time limits, table</source>
        <translation>Metodens tidsgränser, tabell</translation>
    </message>
    <message>
        <source>The figures cannot be shown: %1</source>
        <translation>Uppgifterna kan inte visas: %1</translation>
    </message>
    <message>
        <source>%1: %2 cases in the process during the period.</source>
        <translation>%1: %2 ärenden i processen under perioden.</translation>
    </message>
    <message>
        <source>follow-up-%1-%2.pdf</source>
        <translation>uppfoljning-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the follow-up as PDF</source>
        <translation>Spara uppföljningen som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Print the follow-up</source>
        <translation>Skriv ut uppföljningen</translation>
    </message>
</context>
<context>
    <name>samordna::ui::ForFkPage</name>
    <message>
        <source>Till Försäkringskassan</source>
        <translation>Till Försäkringskassan</translation>
    </message>
    <message>
        <source>With the person&apos;s written consent, tell FK what you know beyond the medical documentation, for example the history of illness or measures already tried. Write only what FK needs: the summary to FK carries these fields, the medical documents and the plan, and never the journal. Economic matters and third parties stay in the municipality.</source>
        <translation>Med individens skriftliga samtycke informerar du FK om det du vet utöver det medicinska underlaget, till exempel historik om sjukdom eller insatser som prövats. Skriv bara det FK behöver: sammanfattningen till FK innehåller de här fälten, de medicinska underlagen och planen, aldrig journalen. Ekonomiska förhållanden och tredje man stannar i kommunen.</translation>
    </message>
    <message>
        <source>History of illness</source>
        <translation>Historik om sjukdom</translation>
    </message>
    <message>
        <source>Change history of illness for FK</source>
        <translation>Ändra historik om sjukdom till FK</translation>
    </message>
    <message>
        <source>Measures tried</source>
        <translation>Insatser som prövats</translation>
    </message>
    <message>
        <source>Change measures tried for FK</source>
        <translation>Ändra prövade insatser till FK</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Övrig information</translation>
    </message>
    <message>
        <source>Change other information for FK</source>
        <translation>Ändra övrig information till FK</translation>
    </message>
    <message>
        <source>Written consent is recorded: what you write here may go to FK in the summary.</source>
        <translation>Skriftligt samtycke finns registrerat: det du skriver här får gå till FK i sammanfattningen.</translation>
    </message>
    <message>
        <source>No valid written consent is recorded (box 1): nothing written here goes to FK until the person has consented.</source>
        <translation>Inget giltigt skriftligt samtycke är registrerat (ruta 1): inget som skrivs här går till FK förrän individen har samtyckt.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::HelpDialog</name>
    <message>
        <source>Everyone follows the plan and adjusts it at new avstämningsmöten. When FK ends the coordination, it is made clear to the person and all parties, and who drives the continued planning.</source>
        <translation>Alla följer planen och justerar den vid nya avstämningsmöten. När FK avslutar samordningen tydliggörs avslutet för individen och alla parter, liksom vem som driver den fortsatta planeringen.</translation>
    </message>
    <message>
        <source>The person has full or partial work capacity. FK closes its case; the municipality continues towards work, full-time or part-time.</source>
        <translation>Individen har hel eller delvis arbetsförmåga. FK avslutar sitt ärende; kommunen arbetar vidare mot arbete på hel- eller deltid.</translation>
    </message>
    <message>
        <source>The person has no work capacity. FK closes its case, unless the deterioration is temporary. From 30 years, with work capacity reduced for the foreseeable future, the person may apply for sjukersättning; at 19–29 years, reduced for at least a year, for aktivitetsersättning.</source>
        <translation>Individen saknar arbetsförmåga. FK avslutar sitt ärende, utom när försämringen är tillfällig. Från 30 år, med arbetsförmågan nedsatt under överskådlig tid, kan individen ansöka om sjukersättning; vid 19–29 år, med nedsättning under minst ett år, om aktivitetsersättning.</translation>
    </message>
    <message>
        <source>Help: boxes 1–6b</source>
        <translation>Hjälp: rutorna 1–6b</translation>
    </message>
    <message>
        <source>Coordinated rehabilitation with FK, box by box</source>
        <translation>Samordnad rehabilitering med FK, ruta för ruta</translation>
    </message>
    <message>
        <source>For people on ekonomiskt bistånd without SGI. FK decides on coordination and benefits; Samordna shows where a case stands, what is missing and what may come next.</source>
        <translation>För personer med ekonomiskt bistånd som saknar SGI. FK beslutar om samordning och ersättningar; Samordna visar var ett ärende står, vad som saknas och vad som kan komma härnäst.</translation>
    </message>
    <message>
        <source>Box %1 – %2</source>
        <translation>Ruta %1 – %2</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Ctrl+N new case, Ctrl+F find, Ctrl+S save, Ctrl+Z undo, Ctrl+Shift+Z redo, F1 this help.</source>
        <translation>Ctrl+N nytt ärende, Ctrl+F sök, Ctrl+S spara, Ctrl+Z ångra, Ctrl+Shift+Z gör om, F1 den här hjälpen.</translation>
    </message>
    <message>
        <source>Check that the person is insured in Sweden, has reduced work capacity because of illness, needs rehabilitation to work again, and that the rehabilitation needs coordinating. Meet the person and map needs and motivation, get medical documentation and written consent. Then there are two ways in: take the case to the konsultationsteam for FK&apos;s advice first (recommended), and if FK finds the criteria met help the person apply on blankett 7434 with the aktanteckning attached; or help the person apply on blankett 7434 directly. Either way your contact details go on the form. A case whose facts are not yet known stays in box 1.</source>
        <translation>Kontrollera att individen är försäkrad i Sverige, har nedsatt arbetsförmåga på grund av sjukdom, behöver rehabiliteringsinsatser för att återfå arbetsförmågan och att rehabiliteringen behöver samordnas. Träffa individen och kartlägg behov och motivation, ta in medicinskt underlag och skriftligt samtycke. Sedan finns två vägar: ta först upp ärendet i konsultationsteamet för råd från FK (lämpligt), och om FK bedömer att kriterierna är uppfyllda hjälper du individen att ansöka på blankett 7434 med aktanteckningen bifogad; eller hjälp individen att ansöka på blankett 7434 direkt. I båda fallen fylls dina kontaktuppgifter i på blanketten. Ett ärende där uppgifterna ännu inte är kända stannar i ruta 1.</translation>
    </message>
    <message>
        <source>FK finds in the konsultationsteam that the medical documentation needs to be clearer. Contact the healthcare unit or its rehab-koordinator, call a SIP, send questions to the doctor. With new documentation, assess again and ask FK again (back to box 1).</source>
        <translation>FK bedömer i konsultationsteamet att det medicinska underlaget behöver förtydligas. Kontakta vårdenheten eller dess rehab-koordinator, kalla till SIP, skicka frågor till läkaren. Med nytt underlag gör du en ny bedömning och kontaktar FK igen (tillbaka till ruta 1).</translation>
    </message>
    <message>
        <source>FK sees no need of coordination: no reduced work capacity because of illness, or the person is not ready for or has no need of work-oriented rehabilitation. FK says so in the konsultationsteam or by rejecting the application. You continue the work without FK.</source>
        <translation>FK ser inget behov av samordning: ingen nedsatt arbetsförmåga på grund av sjukdom, eller så är individen inte redo för eller har inte behov av arbetslivsinriktad rehabilitering. FK meddelar det i konsultationsteamet eller genom ett avslagsbeslut på ansökan. Du arbetar vidare utan FK.</translation>
    </message>
    <message>
        <source>FK has received the application and decides; a rejection leads to box 2b. FK contacts you; if FK gets no contact with you within one week, FK turns to the district&apos;s contact person, who helps put FK in touch. If the social worker is unknown, FK sends the invitation to the district&apos;s address. The avstämningsmöte should be at least two weeks after the invitation.</source>
        <translation>FK har fått ansökan och fattar beslut; ett avslag leder till ruta 2b. FK kontaktar dig; om FK inte får kontakt med dig inom en vecka tar FK kontakt med stadsområdets kontaktperson, som hjälper till att förmedla kontakt. Om det är oklart vem som är socialsekreterare skickar FK kallelsen till stadsområdets adress. Avstämningsmötet bör ligga minst två veckor efter kallelsen.</translation>
    </message>
    <message>
        <source>FK calls to avstämningsmöten, leads them and shares the minutes. The meeting assesses the medical state, the work capacity and the need of rehabilitation, aiming at a plan for return to work. FK draws up the rehabilitation plan: who carries out which measure.</source>
        <translation>FK kallar till avstämningsmöten, leder dem och delar dokumentationen. Mötet utreder och bedömer det medicinska tillståndet, arbetsförmågan och behovet av rehabilitering, med målet att lägga en plan för återgång i arbete. FK upprättar rehabiliteringsplanen: vem som genomför vilken insats.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::InformationPanel</name>
    <message>
        <source>FK, Försäkringskassan</source>
        <translation>FK, Försäkringskassan</translation>
    </message>
    <message>
        <source>Coordinates the rehabilitation: clarifies the need, works for the measures to start soon, and joins them into a whole.</source>
        <translation>Samordnar rehabiliteringen: klarlägger behovet, verkar för att insatserna påbörjas snarast och fogar samman dem till en helhet.</translation>
    </message>
    <message>
        <source>Is not a rehabilitation actor and has no rehabilitation measures of its own.</source>
        <translation>Är inte en rehabiliteringsaktör och har inga egna rehabiliteringsinsatser.</translation>
    </message>
    <message>
        <source>Pays no compensation for this benefit; coordination does not depend on a right to sickness benefit.</source>
        <translation>Betalar inte ut någon ersättning för förmånen; samordningen hänger inte ihop med rätt till ersättning från sjukförsäkringen.</translation>
    </message>
    <message>
        <source>Does not take over other parties&apos; responsibility for their measures or their costs.</source>
        <translation>Tar inte över andra parters ansvar för deras insatser eller kostnader.</translation>
    </message>
    <message>
        <source>Usually books a first digital meeting, often together with AF.</source>
        <translation>Bokar oftast in ett första digitalt möte, ofta tillsammans med AF.</translation>
    </message>
    <message>
        <source>AF, Arbetsförmedlingen</source>
        <translation>AF, Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Carries out work-oriented rehabilitation: guiding, investigating, rehabilitating and work-preparing measures.</source>
        <translation>Bedriver arbetslivsinriktad rehabilitering: vägledande, utredande, rehabiliterande och arbetsförberedande insatser.</translation>
    </message>
    <message>
        <source>A person in AF&apos;s programmes may get aktivitetsstöd or utvecklingsersättning.</source>
        <translation>Den som deltar i Arbetsförmedlingens program kan få aktivitetsstöd eller utvecklingsersättning.</translation>
    </message>
    <message>
        <source>Region and healthcare</source>
        <translation>Regionen och hälso- och sjukvården</translation>
    </message>
    <message>
        <source>Responsible for healthcare, including medical rehabilitation and the medical documentation.</source>
        <translation>Ansvarar för hälso- och sjukvården, inklusive medicinsk rehabilitering och det medicinska underlaget.</translation>
    </message>
    <message>
        <source>The rehab-koordinator at the healthcare unit is a good contact for medical questions; a SIP coordinates social services and healthcare.</source>
        <translation>Rehab-koordinatorn på vårdenheten är en lämplig kontaktväg i medicinska frågor; en SIP samordnar socialtjänst och hälso- och sjukvård.</translation>
    </message>
    <message>
        <source>Socialtjänsten (IoF, ekonomiskt bistånd)</source>
        <translation>Socialtjänsten (IoF, ekonomiskt bistånd)</translation>
    </message>
    <message>
        <source>Has the final responsibility for the support people in the municipality need.</source>
        <translation>Har det yttersta ansvaret för att de som vistas i kommunen får det stöd och den hjälp de behöver.</translation>
    </message>
    <message>
        <source>Maps needs and motivation, gathers medical documentation and written consent, helps with blankett 7434.</source>
        <translation>Kartlägger behov och motivation, tar in medicinskt underlag och skriftligt samtycke, hjälper till med blankett 7434.</translation>
    </message>
    <message>
        <source>While FK coordinates: shares what it knows beyond the medical documentation (with consent), attends the avstämningsmöten, follows up the plan, and is responsible for social measures and social rehabilitation.</source>
        <translation>Medan FK samordnar: informerar FK om det som är känt utöver det medicinska underlaget (med samtycke), går på avstämningsmötena, följer upp planen och ansvarar för sociala insatser och social rehabilitering.</translation>
    </message>
    <message>
        <source>Support for the person</source>
        <translation>Stöd till individen</translation>
    </message>
    <message>
        <source>Särskilt bidrag: a person in work-oriented rehabilitation may get särskilt bidrag for certain extra costs, for example travel. FK informs about it.</source>
        <translation>Särskilt bidrag: den som deltar i arbetslivsinriktad rehabilitering kan ha rätt till särskilt bidrag för vissa merkostnader, till exempel resor. FK informerar om det.</translation>
    </message>
    <message>
        <source>Aktivitetsstöd or utvecklingsersättning: for a person taking part in AF&apos;s programmes.</source>
        <translation>Aktivitetsstöd eller utvecklingsersättning: för den som deltar i Arbetsförmedlingens program.</translation>
    </message>
    <message>
        <source>The parties&apos; roles</source>
        <translation>Parternas roller</translation>
    </message>
</context>
<context>
    <name>samordna::ui::JournalPanel</name>
    <message>
        <source>Mark the selected note as wrong, with a reason. The note stays in the journal.</source>
        <translation>Felmarkera den valda anteckningen och ange ett skäl. Anteckningen finns kvar i journalen.</translation>
    </message>
    <message>
        <source>What happened, what was agreed (Ctrl+Enter adds the note)</source>
        <translation>Vad som hände och vad som bestämdes (Ctrl+Enter lägger till anteckningen)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Mark note as wrong</source>
        <translation>Felmarkera anteckning</translation>
    </message>
    <message>
        <source>Marked wrong: %1</source>
        <translation>Felmarkerad: %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Mark as wrong…</source>
        <translation>Felmarkera…</translation>
    </message>
    <message>
        <source>Marked as wrong on %1: %2</source>
        <translation>Felmarkerad %1: %2</translation>
    </message>
    <message>
        <source>Why is the note wrong? The note stays visible, struck through, with your reason, your name and the time.</source>
        <translation>Varför är anteckningen fel? Den syns kvar, överstruken, med ditt skäl, ditt namn och tiden.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparad än</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>Registrerad %1</translation>
    </message>
    <message>
        <source>Marked as wrong by %1 on %2: %3</source>
        <translation>Felmarkerad av %1 %2: %3</translation>
    </message>
    <message>
        <source>Ne&amp;w note:</source>
        <translation>N&amp;y anteckning:</translation>
    </message>
</context>
<context>
    <name>samordna::ui::KonsultationsteamWindow</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Add to agenda →</source>
        <translation>Lägg till på dagordningen →</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Start presentation</source>
        <translation>Starta presentation</translation>
    </message>
    <message>
        <source>Konsultationsteam</source>
        <translation>Konsultationsteam</translation>
    </message>
    <message>
        <source>No meeting yet</source>
        <translation>Inget möte ännu</translation>
    </message>
    <message>
        <source>Who takes part, e.g. FK and the social workers of the unit</source>
        <translation>Vilka som deltar, t.ex. FK och enhetens socialsekreterare</translation>
    </message>
    <message>
        <source>Create a meeting with this date and these participants</source>
        <translation>Skapa ett möte med det här datumet och de här deltagarna</translation>
    </message>
    <message>
        <source>Save the date and participants of the chosen meeting</source>
        <translation>Spara datum och deltagare för det valda mötet</translation>
    </message>
    <message>
        <source>Full screen for the shared screen: no names or personnummer. Esc leaves.</source>
        <translation>Helskärm för den gemensamma skärmen: inga namn eller personnummer. Esc avslutar.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>After the meeting: aktanteckning of the chosen agenda case</source>
        <translation>Efter mötet: aktanteckning för det valda ärendet på dagordningen</translation>
    </message>
    <message>
        <source>no district</source>
        <translation>inget stadsområde</translation>
    </message>
    <message numerus="yes">
        <source>%1%2 (%n case(s))</source>
        <translation>
            <numerusform>%1%2 (%n ärende)</numerusform>
            <numerusform>%1%2 (%n ärenden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Spara möte</translation>
    </message>
    <message>
        <source>no advice yet</source>
        <translation>inget råd ännu</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Lägg till på dagordningen</translation>
    </message>
    <message>
        <source>Remove from agenda</source>
        <translation>Ta bort från dagordningen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Not every case could be read, so some cannot be found here: %1</source>
        <translation>Alla ärenden kunde inte läsas, så några går inte att hitta här: %1</translation>
    </message>
    <message>
        <source>Cases to put on the agenda</source>
        <translation>Ärenden att sätta på dagordningen</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Visa namn</translation>
    </message>
    <message>
        <source>Search name, personnummer or case (names are not shown)</source>
        <translation>Sök namn, personnummer eller ärende (namn visas inte)</translation>
    </message>
    <message>
        <source>Shows the clients&apos; names in the case list and the agenda, after you confirm. Each time is written to the audit log.</source>
        <translation>Visar klienternas namn i ärendelistan och på dagordningen, efter att du bekräftat. Varje gång skrivs till granskningsloggen.</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>ålder okänd</translation>
    </message>
    <message>
        <source>%1 – %2 – %3 – box %4</source>
        <translation>%1 – %2 – %3 – ruta %4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The clients&apos; names will be shown in this window. Is it on a screen only you can see?</source>
        <translation>Klienternas namn kommer att visas i det här fönstret. Är det på en skärm som bara du ser?</translation>
    </message>
    <message>
        <source>The names stay hidden: %1</source>
        <translation>Namnen förblir dolda: %1</translation>
    </message>
    <message>
        <source>%1. %2 – %3</source>
        <translation>%1. %2 – %3</translation>
    </message>
    <message>
        <source>What do you want FK&apos;s advice on?</source>
        <translation>Vad vill du ha FK:s råd om?</translation>
    </message>
    <message>
        <source>Shown on the shared screen with the case: write no name or personnummer.</source>
        <translation>Visas på den delade skärmen med ärendet: skriv inget namn eller personnummer.</translation>
    </message>
    <message>
        <source>&amp;Question to FK about the chosen case:</source>
        <translation>&amp;Fråga till FK om det valda ärendet:</translation>
    </message>
    <message>
        <source>Question to FK</source>
        <translation>Fråga till FK</translation>
    </message>
    <message>
        <source>District of the new meeting</source>
        <translation>Det nya mötets stadsområde</translation>
    </message>
    <message>
        <source>Whose konsultationsteam meets: only the users of that district see the meeting</source>
        <translation>Vilket stadsområdes konsultationsteam som möts: bara det stadsområdets användare ser mötet</translation>
    </message>
</context>
<context>
    <name>samordna::ui::MainWindow</name>
    <message>
        <source>Samordna</source>
        <translation>Samordna</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Every case, with search and filters (Ctrl+F)</source>
        <translation>Alla ärenden, med sökning och filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deadlines and missing steps across all cases</source>
        <translation>Tidsgränser och steg som saknas i alla ärenden</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No case is open.&lt;/p&gt;&lt;p&gt;Open a case from the list (double-click or Enter), or create one with Ctrl+N.&lt;/p&gt;&lt;p&gt;F1 explains boxes 1–6b.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Inget ärende är öppet.&lt;/p&gt;&lt;p&gt;Öppna ett ärende i listan (dubbelklicka eller tryck Enter), eller skapa ett nytt med Ctrl+N.&lt;/p&gt;&lt;p&gt;F1 förklarar rutorna 1–6b.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Sök ärende</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Help: boxes 1–6b</source>
        <translation>&amp;Hjälp: rutorna 1–6b</translation>
    </message>
    <message>
        <source>&amp;About Samordna</source>
        <translation>&amp;Om Samordna</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Case %1 has changes that are not saved. Save them before you go on?</source>
        <translation>Ärende %1 har ändringar som inte är sparade. Vill du spara dem innan du fortsätter?</translation>
    </message>
    <message>
        <source>About Samordna</source>
        <translation>Om Samordna</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time Samordna starts.</source>
        <translation>Det nya språket används nästa gång Samordna startar.</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 ärenden</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 ärende</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <source>&amp;Konsultationsteam…</source>
        <translation>&amp;Konsultationsteam…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>Spara som &amp;PDF</translation>
    </message>
    <message>
        <source>Cases cannot be counted: %1</source>
        <translation>Ärendena kan inte räknas: %1</translation>
    </message>
    <message>
        <source>Follows a case of coordinated rehabilitation for people without SGI through boxes 1–6b of Malmö&apos;s method, together with FK.

FK decides on coordination and benefits; Samordna only shows where a case stands and what may come next.</source>
        <translation>Följer ett ärende om samordnad rehabilitering för personer utan SGI genom rutorna 1–6b i Malmö stads metodstöd, i samverkan med FK.

FK beslutar om samordning och ersättningar; Samordna visar bara var ett ärende står och vad som kan komma härnäst.</translation>
    </message>
    <message>
        <source>This store is open read-only (%1): nothing can be saved, and cases cannot be opened, because their opening cannot be written to the audit log.</source>
        <translation>Databasen är öppnad skrivskyddad (%1): inget kan sparas, och ärenden kan inte öppnas, eftersom öppnandet inte kan skrivas i granskningsloggen.</translation>
    </message>
    <message>
        <source>The open case</source>
        <translation>Det öppna ärendet</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>&amp;My details and settings…</source>
        <translation>&amp;Mina uppgifter och inställningar…</translation>
    </message>
    <message>
        <source>&amp;Follow-up report…</source>
        <translation>&amp;Uppföljningsrapport…</translation>
    </message>
    <message>
        <source>O&amp;ffline</source>
        <translation>O&amp;ffline</translation>
    </message>
    <message>
        <source>&amp;Take along offline…</source>
        <translation>&amp;Ta med offline…</translation>
    </message>
    <message>
        <source>Take cases into a file for work without network, on a laptop</source>
        <translation>Ta med ärenden i en fil för arbete utan nätverk, på en bärbar dator</translation>
    </message>
    <message>
        <source>&amp;Sync with the team store…</source>
        <translation>&amp;Synka med den gemensamma databasen…</translation>
    </message>
    <message>
        <source>Offline: these cases were taken along from %1 on %2. Bring the work back with Offline, Sync.</source>
        <translation>Offline: de här ärendena togs med från %1 den %2. För tillbaka arbetet med Offline, Synka.</translation>
    </message>
    <message>
        <source>Case %1 is %2. You can still work on it here; both sides&apos; work is merged when it comes back.</source>
        <translation>Ärende %1 är %2. Du kan fortfarande arbeta med det här; båda sidornas arbete slås samman när det kommer tillbaka.</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Öppna lagring…</translation>
    </message>
</context>
<context>
    <name>samordna::ui::MedicalDocumentModel</name>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>samordna::ui::MeetingModel</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Kallelse skickad</translation>
    </message>
    <message>
        <source>FK&apos;s advice</source>
        <translation>FK:s råd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Invitation check</source>
        <translation>Kontroll av kallelse</translation>
    </message>
    <message>
        <source>Invitation date missing</source>
        <translation>Datum för kallelse saknas</translation>
    </message>
    <message>
        <source>OK: 2 weeks or more</source>
        <translation>OK: 2 veckor eller mer</translation>
    </message>
    <message>
        <source>No date (earliest %1)</source>
        <translation>Inget datum (tidigast %1)</translation>
    </message>
    <message>
        <source>Too early (earliest %1)</source>
        <translation>För tidigt (tidigast %1)</translation>
    </message>
    <message>
        <source>An avstämningsmöte should lie at least 2 weeks after the invitation, so IoF can send a representative.</source>
        <translation>Ett avstämningsmöte bör ligga minst 2 veckor efter kallelsen, så att IoF kan skicka en representant.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Skapa ärende</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsområde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>&lt;b&gt;Social worker&lt;/b&gt; (the contact details go on blankett 7434)</source>
        <translation>&lt;b&gt;Socialsekreterare&lt;/b&gt; (kontaktuppgifterna fylls i på blankett 7434)</translation>
    </message>
    <message>
        <source>The case starts in box 1, Need of coordination.</source>
        <translation>Ärendet börjar i ruta 1, Behov av samordning.</translation>
    </message>
    <message>
        <source>Personnummer or samordningsnummer, 10 or 12 digits.</source>
        <translation>Personnummer eller samordningsnummer, 10 eller 12 siffror.</translation>
    </message>
    <message>
        <source>Samordningsnummer</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>%1, born %2, %3 years old.</source>
        <translation>%1, född %2, %3 år.</translation>
    </message>
    <message>
        <source>%1 (box %2)</source>
        <translation>%1 (ruta %2)</translation>
    </message>
    <message>
        <source>This person already has an open case: %1. Open that case instead unless a second one is really needed.</source>
        <translation>Personen har redan ett öppet ärende: %1. Öppna det ärendet i stället, om inte ett andra ärende verkligen behövs.</translation>
    </message>
    <message>
        <source>The case could not be created: %1</source>
        <translation>Ärendet kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Whether this person already has a case cannot be checked: %1</source>
        <translation>Det går inte att kontrollera om personen redan har ett ärende: %1</translation>
    </message>
</context>
<context>
    <name>samordna::ui::OpenStoreDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Öppna lagring</translation>
    </message>
    <message>
        <source>A store file on this computer, or your team&apos;s store on a PostgreSQL server, written as &lt;tt&gt;postgresql://user@server/database&lt;/tt&gt; (with &lt;tt&gt;?host=/folder&lt;/tt&gt; for a local socket). Samordna never keeps a password: it uses ~/.pgpass, PGPASSWORD or your organisation&apos;s single sign-on, or asks you and forgets it when it closes.</source>
        <translation>En databasfil på den här datorn, eller teamets gemensamma databas på en PostgreSQL-server, skriven som &lt;tt&gt;postgresql://användare@server/databas&lt;/tt&gt; (med &lt;tt&gt;?host=/mapp&lt;/tt&gt; för en lokal socket). Samordna sparar aldrig lösenord: programmet använder ~/.pgpass, PGPASSWORD eller organisationens enkla inloggning, eller frågar dig och glömmer lösenordet när det stängs.</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Lagring:</translation>
    </message>
    <message>
        <source>A file, or postgresql://user@server/database</source>
        <translation>En fil, eller postgresql://användare@server/databas</translation>
    </message>
    <message>
        <source>&amp;Recent stores:</source>
        <translation>&amp;Senast öppnade:</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Senast öppnade</translation>
    </message>
    <message>
        <source>Name a store file or a team store&apos;s address.</source>
        <translation>Ange en databasfil eller adressen till en gemensam databas.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a store file in it.</source>
        <translation>%1 är en mapp; välj en databasfil i den.</translation>
    </message>
    <message>
        <source>Choose a store file</source>
        <translation>Välj databasfil</translation>
    </message>
    <message>
        <source>Samordna stores (*.sqlite);;All files (*)</source>
        <translation>Samordna-databaser (*.sqlite);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>samordna::ui::OutcomePage</name>
    <message>
        <source>The case is closed at FK. IoF continues planning with the person towards the labour market, full-time or part-time, possibly towards part-time sjukersättning or aktivitetsersättning.</source>
        <translation>Ärendet avslutas hos FK. IoF arbetar vidare med individen mot arbetsmarknaden på hel- eller deltid, och eventuellt mot sjuk- eller aktivitetsersättning på deltid.</translation>
    </message>
    <message>
        <source>The case is closed at FK, unless the deterioration is temporary: then await improvement and FK keeps the case open. From 30 years, with work capacity reduced for the foreseeable future against the whole labour market including the protected one, the person may apply for sjukersättning; from 19 to 29 years, reduced for at least one year, for aktivitetsersättning. FK decides.</source>
        <translation>Ärendet avslutas hos FK, utom när försämringen är tillfällig: då avvaktas en förbättring och FK behåller ärendet öppet. Från 30 år, med arbetsförmågan nedsatt under överskådlig tid gentemot hela arbetsmarknaden inklusive den skyddade, kan individen ansöka om sjukersättning; från 19 till 29 år, med nedsättning under minst ett år, om aktivitetsersättning. FK beslutar.</translation>
    </message>
    <message>
        <source>Benefit guidance</source>
        <translation>Vägledning om ersättning</translation>
    </message>
    <message>
        <source>Work capacity: %1</source>
        <translation>Arbetsförmåga: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>Reduced for: %1</source>
        <translation>Nedsättningens varaktighet: %1</translation>
    </message>
    <message>
        <source>Against the whole labour market: %1</source>
        <translation>Gentemot hela arbetsmarknaden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Coordination ended: %1</source>
        <translation>Samordningen avslutad: %1</translation>
    </message>
    <message>
        <source>Continued planning: %1</source>
        <translation>Fortsatt planering: %1</translation>
    </message>
    <message>
        <source>FK decides; the program only says what the person may apply for.</source>
        <translation>FK beslutar; programmet visar bara vad individen kan ansöka om.</translation>
    </message>
    <message>
        <source>Temporary deterioration: FK keeps the case open; a new plan can be made (back to box 4) when the person improves.</source>
        <translation>Tillfällig försämring: FK behåller ärendet öppet; en ny plan kan göras (tillbaka till ruta 4) när individens hälsotillstånd förbättras.</translation>
    </message>
    <message>
        <source>With full work capacity no benefit is suggested.</source>
        <translation>Med hel arbetsförmåga föreslås ingen ersättning.</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>Även möjligt: %1</translation>
    </message>
    <message>
        <source>Preview (the case is not in box %1):</source>
        <translation>Förhandsvisning (ärendet är inte i ruta %1):</translation>
    </message>
</context>
<context>
    <name>samordna::ui::PlanModel</name>
    <message>
        <source>Not decided</source>
        <translation>Inte bestämt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>samordna::ui::PresentationView</name>
    <message>
        <source>Criteria met</source>
        <translation>Kriterierna uppfyllda</translation>
    </message>
    <message>
        <source>Complement needed</source>
        <translation>Komplettering behövs</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Inte aktuellt</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Föregående</translation>
    </message>
    <message>
        <source>Show personal details…</source>
        <translation>Visa personuppgifter…</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nästa →</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Avsluta (Esc)</translation>
    </message>
    <message>
        <source>Note on what was discussed</source>
        <translation>Anteckning om vad som diskuterades</translation>
    </message>
    <message>
        <source>Shows the name and personnummer of this case to everyone in the room; written to the audit log.</source>
        <translation>Visar namn och personnummer i det här ärendet för alla i rummet; skrivs till granskningsloggen.</translation>
    </message>
    <message>
        <source>FK: the case meets the criteria; apply on blankett 7434</source>
        <translation>FK: ärendet uppfyller kriterierna; ansök på blankett 7434</translation>
    </message>
    <message>
        <source>FK: the medical documentation needs complementing (box 2a)</source>
        <translation>FK: det medicinska underlaget behöver kompletteras (ruta 2a)</translation>
    </message>
    <message>
        <source>FK: coordination is not relevant (box 2b)</source>
        <translation>FK: samordning är inte aktuell (ruta 2b)</translation>
    </message>
    <message>
        <source>Agenda no.</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsområde</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Missing before the application</source>
        <translation>Saknas före ansökan</translation>
    </message>
    <message>
        <source>FK&apos;s advice</source>
        <translation>FK:s råd</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Dagordningen är tom</translation>
    </message>
    <message>
        <source>%1 – case %2 of %3</source>
        <translation>%1 – ärende %2 av %3</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <translation>Ärende %1 av %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing is missing before the application.</source>
        <translation>Inget saknas före ansökan.</translation>
    </message>
    <message>
        <source>No advice recorded yet.</source>
        <translation>Inget råd registrerat ännu.</translation>
    </message>
    <message>
        <source>The advice was not recorded: %1</source>
        <translation>Rådet registrerades inte: %1</translation>
    </message>
    <message>
        <source>Show personal details</source>
        <translation>Visa personuppgifter</translation>
    </message>
    <message>
        <source>Show the name and personnummer of case %1 on the shared screen? Everyone in the room will see them, and it is written to the audit log.</source>
        <translation>Visa namn och personnummer för ärende %1 på den gemensamma skärmen? Alla i rummet kommer att se dem, och det skrivs till granskningsloggen.</translation>
    </message>
    <message>
        <source>The personal details are not shown: %1</source>
        <translation>Personuppgifterna visas inte: %1</translation>
    </message>
    <message>
        <source>Konsultationsteam · %1</source>
        <translation>Konsultationsteam · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded: %1&lt;/b&gt;&lt;br&gt;Suggested next box: &lt;b&gt;%2 – %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registrerat: %1&lt;/b&gt;&lt;br&gt;Föreslagen nästa ruta: &lt;b&gt;%2 – %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Det finns inget ärende %1.</translation>
    </message>
    <message>
        <source>The case is not shown: %1</source>
        <translation>Ärendet visas inte: %1</translation>
    </message>
    <message>
        <source>Question to FK</source>
        <translation>Fråga till FK</translation>
    </message>
    <message>
        <source>No question written.</source>
        <translation>Ingen fråga skriven.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::ProcessMapWidget</name>
    <message>
        <source>Process map</source>
        <translation>Processkarta</translation>
    </message>
    <message>
        <source>Box %1: %2</source>
        <translation>Ruta %1: %2</translation>
    </message>
    <message>
        <source>%1
The case is here now.</source>
        <translation>%1
Ärendet är här nu.</translation>
    </message>
    <message>
        <source>%1
Click to move the case here.</source>
        <translation>%1
Klicka för att flytta ärendet hit.</translation>
    </message>
    <message>
        <source>The case has passed this box.</source>
        <translation>Ärendet har passerat den här rutan.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passerad</translation>
    </message>
    <message>
        <source>Possible next</source>
        <translation>Möjlig nästa</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>The case is in box %1: %2.</source>
        <translation>Ärendet är i ruta %1: %2.</translation>
    </message>
    <message>
        <source>No box can follow now.</source>
        <translation>Ingen ruta kan följa nu.</translation>
    </message>
    <message>
        <source>Possible next boxes: %1.</source>
        <translation>Möjliga nästa rutor: %1.</translation>
    </message>
    <message>
        <source>Selected: box %1; press Enter to move the case there.</source>
        <translation>Vald: ruta %1; tryck Enter för att flytta ärendet dit.</translation>
    </message>
    <message>
        <source>Entered on %1.</source>
        <translation>Kom till rutan %1.</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <comment>the day a box was last entered, and how often</comment>
        <translation>%1 (%2 ggr)</translation>
    </message>
    <message>
        <source>It entered the box on %1.</source>
        <translation>Ärendet kom till rutan %1.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::Ruta1Page</name>
    <message>
        <source>Does the person need FK to coordinate the rehabilitation? Whether they receive sickness benefit does not matter. Take the case to the konsultationsteam before blankett 7434 is sent, or help the person apply directly with your contact details on the form.</source>
        <translation>Behöver individen att FK samordnar rehabiliteringen? Det har ingen betydelse om individen får ersättning från sjukförsäkringen. Ta upp ärendet i konsultationsteamet innan blankett 7434 skickas, eller hjälp individen att ansöka direkt med dina kontaktuppgifter ifyllda på blanketten.</translation>
    </message>
    <message>
        <source>Criteria for FK&apos;s coordination</source>
        <translation>Kriterier för FK:s samordning</translation>
    </message>
    <message>
        <source>Lacks SGI (0-placerad)</source>
        <translation>Saknar SGI (0-placerad)</translation>
    </message>
    <message>
        <source>Insured in Sweden</source>
        <translation>Försäkrad i Sverige</translation>
    </message>
    <message>
        <source>Or treated as insured through EU law</source>
        <translation>Eller som om försäkrad enligt EU-lagstiftningen</translation>
    </message>
    <message>
        <source>Work capacity reduced by illness (any degree)</source>
        <translation>Arbetsförmågan nedsatt på grund av sjukdom (oavsett grad)</translation>
    </message>
    <message>
        <source>Needs rehabilitation to regain work capacity</source>
        <translation>Behöver rehabiliteringsinsatser för att återfå arbetsförmågan</translation>
    </message>
    <message>
        <source>Change SGI</source>
        <translation>Ändra SGI</translation>
    </message>
    <message>
        <source>Change insured in Sweden</source>
        <translation>Ändra försäkrad i Sverige</translation>
    </message>
    <message>
        <source>Change insured through EU law</source>
        <translation>Ändra försäkrad enligt EU-lagstiftningen</translation>
    </message>
    <message>
        <source>Change reduced work capacity</source>
        <translation>Ändra nedsatt arbetsförmåga</translation>
    </message>
    <message>
        <source>Change need of rehabilitation</source>
        <translation>Ändra behov av rehabilitering</translation>
    </message>
    <message>
        <source>Before the application</source>
        <translation>Före ansökan</translation>
    </message>
    <message>
        <source>Consent &amp;revoked on:</source>
        <translation>Samtycket återka&amp;llat den:</translation>
    </message>
    <message>
        <source>Social worker (contact details go on blankett 7434)</source>
        <translation>Socialsekreterare (kontaktuppgifterna fylls i på blankett 7434)</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Ändra samtycke</translation>
    </message>
    <message>
        <source>Change consent date</source>
        <translation>Ändra datum för samtycke</translation>
    </message>
    <message>
        <source>Change consent revoked</source>
        <translation>Ändra återkallat samtycke</translation>
    </message>
    <message>
        <source>Change medical documentation</source>
        <translation>Ändra medicinskt underlag</translation>
    </message>
    <message>
        <source>Change mapping of needs</source>
        <translation>Ändra kartläggning av behov</translation>
    </message>
    <message>
        <source>Change social worker</source>
        <translation>Ändra socialsekreterare</translation>
    </message>
    <message>
        <source>Missing before the application</source>
        <translation>Saknas före ansökan</translation>
    </message>
    <message>
        <source>Konsultationsteam</source>
        <translation>Konsultationsteam</translation>
    </message>
    <message>
        <source>FK advises whether the case meets the criteria. If it does, help the person apply on blankett 7434 and attach the aktanteckning.</source>
        <translation>FK ger råd om huruvida ärendet uppfyller kriterierna. Om det gör det hjälper du individen att ansöka på blankett 7434 och bifogar aktanteckningen.</translation>
    </message>
    <message>
        <source>Add konsultationsteam meeting</source>
        <translation>Lägg till möte i konsultationsteamet</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Remove konsultationsteam meeting</source>
        <translation>Ta bort möte i konsultationsteamet</translation>
    </message>
    <message>
        <source>Application: blankett 7434</source>
        <translation>Ansökan: blankett 7434</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Inget beslut ännu</translation>
    </message>
    <message>
        <source>Change application sent</source>
        <translation>Ändra datum för skickad ansökan</translation>
    </message>
    <message>
        <source>Change application received</source>
        <translation>Ändra datum för inkommen ansökan</translation>
    </message>
    <message>
        <source>Change FK&apos;s decision</source>
        <translation>Ändra FK:s beslut</translation>
    </message>
    <message>
        <source>Change decision date</source>
        <translation>Ändra beslutsdatum</translation>
    </message>
    <message>
        <source>All criteria are met: FK&apos;s coordination may apply.</source>
        <translation>Alla kriterier är uppfyllda: FK:s samordning kan bli aktuell.</translation>
    </message>
    <message>
        <source>A criterion is not met: FK&apos;s coordination does not apply (box 2b).</source>
        <translation>Ett kriterium är inte uppfyllt: FK:s samordning är inte aktuell (ruta 2b).</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Inget saknas.</translation>
    </message>
    <message>
        <source>Ready to apply: blankett 7434 can be sent to FK.</source>
        <translation>Redo för ansökan: blankett 7434 kan skickas till FK.</translation>
    </message>
    <message>
        <source>the criteria are not all met</source>
        <translation>alla kriterier är inte uppfyllda</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>saknade uppgifter: %1</translation>
    </message>
    <message>
        <source>Not ready to apply: %1.</source>
        <translation>Inte redo för ansökan: %1.</translation>
    </message>
    <message>
        <source>Rehabilitation measures need coordinating (e.g. several parties)</source>
        <translation>Rehabiliteringsinsatserna behöver samordnas (t.ex. flera parter)</translation>
    </message>
    <message>
        <source>Change need of coordination</source>
        <translation>Ändra behov av samordning</translation>
    </message>
    <message>
        <source>Not all criteria are known yet: find out what is missing; the case stays in box 1 meanwhile. FK&apos;s konsultationsteam can advise.</source>
        <translation>Alla kriterier är inte kända ännu: ta reda på det som saknas; ärendet stannar i ruta 1 så länge. Konsultationsteamet med FK kan ge råd.</translation>
    </message>
    <message>
        <source>The person has SGI: this process and blankett 7434 are for people without SGI. Ask FK how coordination is arranged for someone with SGI.</source>
        <translation>Individen har SGI: den här processen och blankett 7434 gäller den som saknar SGI. Fråga FK hur samordningen ordnas för den som har SGI.</translation>
    </message>
    <message>
        <source>FK has the application already</source>
        <translation>FK har redan ansökan</translation>
    </message>
    <message>
        <source>FK&apos;s advice: %1</source>
        <translation>FK:s råd: %1</translation>
    </message>
    <message>
        <source>the application is prepared in box 1 or 2a</source>
        <translation>ansökan förbereds i ruta 1 eller 2a</translation>
    </message>
    <message>
        <source>Medical documents received</source>
        <translation>Inkomna medicinska underlag</translation>
    </message>
    <message>
        <source>Add medical document</source>
        <translation>Lägg till medicinskt underlag</translation>
    </message>
    <message>
        <source>Remove medical document</source>
        <translation>Ta bort medicinskt underlag</translation>
    </message>
    <message>
        <source>The person&apos;s contacts with other authorities and care (blankett 7434)</source>
        <translation>Individens kontakter med andra myndigheter och vården (blankett 7434)</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Written consent &amp;given:</source>
        <translation>Skriftligt &amp;samtycke lämnat:</translation>
    </message>
    <message>
        <source>Consen&amp;t date:</source>
        <translation>Samty&amp;ckets datum:</translation>
    </message>
    <message>
        <source>Med&amp;ical documentation (reduced work capacity and need of rehabilitation):</source>
        <translation>Medicinskt underl&amp;ag (nedsatt arbetsförmåga och behov av rehabilitering):</translation>
    </message>
    <message>
        <source>Needs of support and moti&amp;vation for work-oriented rehabilitation mapped:</source>
        <translation>Behov av stöd och moti&amp;vation till arbetslivsinriktad rehabilitering kartlagda:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Skic&amp;kad den:</translation>
    </message>
    <message>
        <source>Received b&amp;y FK:</source>
        <translation>Ink&amp;ommen till FK:</translation>
    </message>
    <message>
        <source>F&amp;K&apos;s decision:</source>
        <translation>FK:s b&amp;eslut:</translation>
    </message>
    <message>
        <source>Decision d&amp;ate:</source>
        <translation>&amp;Beslutsdatum:</translation>
    </message>
</context>
<context>
    <name>samordna::ui::Ruta2aPage</name>
    <message>
        <source>The medical documentation needs clarifying before FK can grant coordination. You or the person contact the healthcare unit; its rehab-koordinator is often the best way in. You can work with healthcare through a SIP or send questions to the doctor. When new documentation arrives, assess it again and ask FK once more (back to box 1).</source>
        <translation>Det medicinska underlaget behöver förtydligas innan FK kan bevilja samordning. Du eller individen kontaktar vårdenheten; rehab-koordinatorn där är ofta en lämplig kontaktväg. Du kan samverka med vården genom en SIP eller skicka förtydligande frågor till läkaren. När nytt underlag kommer in gör du en ny bedömning och kontaktar FK på nytt (tillbaka till ruta 1).</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Add complement</source>
        <translation>Lägg till komplettering</translation>
    </message>
    <message>
        <source>Remove complement</source>
        <translation>Ta bort komplettering</translation>
    </message>
    <message>
        <source>Complements</source>
        <translation>Kompletteringar</translation>
    </message>
</context>
<context>
    <name>samordna::ui::Ruta2bPage</name>
    <message>
        <source>The person does not have work capacity reduced by illness, or is not ready for or does not need work-oriented rehabilitation. FK says so in the konsultationsteam or by rejecting the application (avslagsbeslut). The social worker continues with the person without FK.</source>
        <translation>Individen har inte nedsatt arbetsförmåga på grund av sjukdom, eller är inte redo för eller har inte behov av arbetslivsinriktad rehabilitering. FK meddelar detta i konsultationsteamet eller genom ett avslagsbeslut på ansökan. Socialsekreteraren arbetar vidare med individen utan stöd av FK.</translation>
    </message>
    <message>
        <source>FK rejected the application on %1.</source>
        <translation>FK avslog ansökan (beslutsdatum: %1).</translation>
    </message>
    <message>
        <source>an unrecorded date</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>The konsultationsteam found the case not relevant for coordination (%1).</source>
        <translation>Konsultationsteamet bedömde att ärendet inte är aktuellt för samordning (%1).</translation>
    </message>
    <message>
        <source>A criterion in box 1 is recorded as not met.</source>
        <translation>Ett kriterium i ruta 1 är registrerat som inte uppfyllt.</translation>
    </message>
    <message>
        <source>Why FK will not coordinate</source>
        <translation>Varför FK inte samordnar</translation>
    </message>
    <message>
        <source>FK&apos;s avslagsbeslut by letter</source>
        <translation>FK:s avslagsbeslut per brev</translation>
    </message>
    <message>
        <source>D&amp;ate of the avslagsbeslut:</source>
        <translation>Datum för a&amp;vslagsbeslutet:</translation>
    </message>
    <message>
        <source>Leave it empty when FK said so in the konsultationsteam instead.</source>
        <translation>Lämna tomt när FK i stället sa det i konsultationsteamet.</translation>
    </message>
    <message>
        <source>Change date of FK&apos;s avslagsbeslut</source>
        <translation>Ändra datum för FK:s avslagsbeslut</translation>
    </message>
    <message>
        <source>No reason is recorded in the case&apos;s facts.</source>
        <translation>Inget skäl finns registrerat i ärendets uppgifter.</translation>
    </message>
    <message>
        <source>Moved here on %1: %2</source>
        <translation>Flyttat hit %1: %2</translation>
    </message>
    <message>
        <source>For example what FK said in the konsultationsteam, or what the letter says</source>
        <translation>Till exempel vad FK sa i konsultationsteamet, eller vad som står i beslutsbrevet</translation>
    </message>
    <message>
        <source>Saved as you leave the field. Kept in the case here; it is not exported.</source>
        <translation>Sparas när du lämnar fältet. Finns i ärendet här; det exporteras inte.</translation>
    </message>
    <message>
        <source>The reason in your &amp;own words:</source>
        <translation>Skälet med dina egna &amp;ord:</translation>
    </message>
</context>
<context>
    <name>samordna::ui::Ruta3Page</name>
    <message>
        <source>FK has received blankett 7434 and decides on coordination. FK contacts the responsible social worker; it may also invite to an avstämningsmöte directly. The avstämningsmöte should lie at least 2 weeks after the invitation, so IoF can send a representative.</source>
        <translation>FK har tagit emot blankett 7434 och beslutar om samordning. FK kontaktar ansvarig socialsekreterare; FK kan också kalla till avstämningsmöte direkt. Avstämningsmötet bör ligga minst 2 veckor efter kallelsen, så att IoF kan skicka en representant.</translation>
    </message>
    <message>
        <source>FK&apos;s contact with the social worker</source>
        <translation>FK:s kontakt med socialsekreteraren</translation>
    </message>
    <message>
        <source>Invitation address</source>
        <translation>Adress för kallelse</translation>
    </message>
    <message>
        <source>Change FK&apos;s contact date</source>
        <translation>Ändra datum för FK:s kontakt</translation>
    </message>
    <message>
        <source>Change social worker</source>
        <translation>Ändra socialsekreterare</translation>
    </message>
    <message>
        <source>The one-week limit starts when FK grants the application (record the decision in box 1).</source>
        <translation>Veckogränsen börjar när FK beviljar ansökan (registrera beslutet i ruta 1).</translation>
    </message>
    <message>
        <source>Contact within one week: met (limit %1).</source>
        <translation>Kontakt inom en vecka: uppfyllt (senast %1).</translation>
    </message>
    <message>
        <source>Waiting for FK&apos;s contact: within one week of the decision, by %1.</source>
        <translation>Väntar på FK:s kontakt: inom en vecka från beslutet, senast %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>No social worker is known: FK sends the invitation to
%1
and the unit sends a representative to the avstämningsmöte.</source>
        <translation>Ingen socialsekreterare är känd: FK skickar kallelsen till
%1
och enheten skickar en representant till avstämningsmötet.</translation>
    </message>
    <message>
        <source>No social worker is known and no address is recorded for the district.</source>
        <translation>Ingen socialsekreterare är känd och ingen adress är registrerad för stadsområdet.</translation>
    </message>
    <message>
        <source>FK sends the invitation to the social worker. Only when the social worker is not known does it go to the district&apos;s IoF address.</source>
        <translation>FK skickar kallelsen till socialsekreteraren. Bara när det är oklart vem som är socialsekreterare går den till stadsområdets IoF-adress.</translation>
    </message>
    <message>
        <source>FK has not reached the social worker within one week (by %1): FK is to turn to the district&apos;s contact person, who helps put FK in touch.</source>
        <translation>FK har inte fått kontakt med socialsekreteraren inom en vecka (senast %1): FK ska då ta kontakt med stadsområdets kontaktperson, som hjälper till att förmedla kontakt.</translation>
    </message>
    <message>
        <source>FK made contact after the week (%1) in which it turns to the district&apos;s contact person if it gets no contact.</source>
        <translation>FK tog kontakt efter veckan (senast %1), efter vilken FK vänder sig till stadsområdets kontaktperson om den inte får kontakt.</translation>
    </message>
    <message>
        <source>If FK gets no contact with the social worker within one week, FK turns to the district&apos;s contact person, who helps put FK in touch.</source>
        <translation>Om FK inte får kontakt med socialsekreteraren inom en vecka tar FK kontakt med stadsområdets kontaktperson, som hjälper till att förmedla kontakt.</translation>
    </message>
    <message>
        <source>The district&apos;s contact person: %1.</source>
        <translation>Stadsområdets kontaktperson: %1.</translation>
    </message>
    <message>
        <source>No contact person is recorded for district %1 (Settings, Districts).</source>
        <translation>Ingen kontaktperson är registrerad för stadsområde %1 (Inställningar, Stadsområden).</translation>
    </message>
    <message>
        <source>FK made c&amp;ontact on:</source>
        <translation>FK tog &amp;kontakt den:</translation>
    </message>
</context>
<context>
    <name>samordna::ui::Ruta4Page</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Add avstämningsmöte</source>
        <translation>Lägg till avstämningsmöte</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Rehabiliteringsplan</source>
        <translation>Rehabiliteringsplan</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <source>An avstämningsmöte should lie at least 2 weeks after the invitation. Record when the invitation was sent to check it.</source>
        <translation>Ett avstämningsmöte bör ligga minst 2 veckor efter kallelsen. Registrera när kallelsen skickades för att kontrollera det.</translation>
    </message>
    <message>
        <source>Every avstämningsmöte lies at least 2 weeks after its invitation.</source>
        <translation>Varje avstämningsmöte ligger minst 2 veckor efter sin kallelse.</translation>
    </message>
    <message>
        <source>Less than 2 weeks after the invitation: %1 of %2 avstämningsmöten. IoF may not manage to send a representative.</source>
        <translation>Mindre än 2 veckor efter kallelsen: %1 av %2 avstämningsmöten. IoF hinner kanske inte skicka en representant.</translation>
    </message>
    <message>
        <source>FK calls the person and the parties to avstämningsmöten, leads them, documents them and shares the minutes. The meeting assesses the medical state, the work capacity and the need of and possibilities for rehabilitation, aiming at a plan for return to work. FK draws up the rehabiliteringsplan, which says who carries out which measure; record here your summary of it. IoF attends the meetings FK calls and shares what it knows beyond the medical documentation, with the person&apos;s consent.</source>
        <translation>FK kallar individen och samverkansparterna till avstämningsmöten, leder dem, ansvarar för dokumentationen och delar den. Syftet är att utreda och bedöma det medicinska tillståndet, arbetsförmågan samt behov av och möjligheter till rehabilitering; målet är en plan för återgång i arbete. FK upprättar rehabiliteringsplanen, som fördelar ansvaret för vem som genomför vilken insats; registrera här din sammanställning av den. IoF går på de avstämningsmöten FK kallar till och delar, med individens samtycke, det IoF vet utöver det medicinska underlaget.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::Ruta5Page</name>
    <message>
        <source>Everyone carries out their part of the rehabiliteringsplan and adjusts it when needed, in new avstämningsmöten (back to box 4). IoF follows up the plan with the person and is responsible for social measures. When FK ends the coordination, the end is to be made clear to the person and the parties, and who drives the continued planning.</source>
        <translation>Alla genomför sin del av rehabiliteringsplanen och justerar den vid behov, vid nya avstämningsmöten (tillbaka till ruta 4). IoF följer upp planen med individen och ansvarar för sociala insatser. När FK avslutar samordningen ska avslutet tydliggöras för individen och parterna, liksom vem som driver den fortsatta planeringen.</translation>
    </message>
    <message>
        <source>Follow-up of the rehabiliteringsplan</source>
        <translation>Uppföljning av rehabiliteringsplanen</translation>
    </message>
    <message>
        <source>Closure of FK&apos;s coordination</source>
        <translation>Avslut av FK:s samordning</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>e.g. IoF, ekonomiskt bistånd</source>
        <translation>t.ex. IoF, ekonomiskt bistånd</translation>
    </message>
    <message>
        <source>Coordination ended &amp;on:</source>
        <translation>Samordningen avslu&amp;tad den:</translation>
    </message>
    <message>
        <source>Continued planning dri&amp;ven by:</source>
        <translation>Fortsatt &amp;planering drivs av:</translation>
    </message>
    <message>
        <source>Change work capacity</source>
        <translation>Ändra arbetsförmåga</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Ändra varaktighet</translation>
    </message>
    <message>
        <source>Change whole labour market</source>
        <translation>Ändra nedsatt mot hela arbetsmarknaden</translation>
    </message>
    <message>
        <source>Change closing date</source>
        <translation>Ändra datum för avslut</translation>
    </message>
    <message>
        <source>Change who continues</source>
        <translation>Ändra vem som driver planeringen vidare</translation>
    </message>
    <message>
        <source>The plan has no measures yet: write them in box 4.</source>
        <translation>Planen har inga insatser ännu: skriv in dem i ruta 4.</translation>
    </message>
    <message>
        <source>%1 measures: %2 ongoing, %3 done. Change a status here; a new avstämningsmöte to adjust the plan means going back to box 4.</source>
        <translation>Insatser: %1, varav %2 pågående och %3 genomförda. Ändra status här; ett nytt avstämningsmöte för att justera planen innebär att gå tillbaka till ruta 4.</translation>
    </message>
    <message>
        <source>Work ca&amp;pacity:</source>
        <translation>&amp;Arbetsförmåga:</translation>
    </message>
    <message>
        <source>Reduced a&amp;gainst the whole labour market, incl. the protected one:</source>
        <translation>Nedsatt &amp;gentemot hela arbetsmarknaden, inkl. den skyddade:</translation>
    </message>
    <message>
        <source>Reduced fo&amp;r:</source>
        <translation>Nedsättningens &amp;varaktighet:</translation>
    </message>
</context>
<context>
    <name>samordna::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mina uppgifter</translation>
    </message>
    <message>
        <source>Filled into each new case as its social worker (blankett 7434 needs the contact details), and the name signs the journal notes you write.</source>
        <translation>Fylls i som socialsekreterare i varje nytt ärende (blankett 7434 kräver kontaktuppgifterna), och namnet undertecknar de journalanteckningar du skriver.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Stadsområden</translation>
    </message>
    <message>
        <source>If FK gets no contact with the social worker within one week, FK turns to the district&apos;s contact person, who helps put FK in touch (the method document, box 3). Write each district&apos;s contact person here, with a phone number or e-mail.</source>
        <translation>Om FK inte får kontakt med socialsekreteraren inom en vecka tar FK kontakt med stadsområdets kontaktperson, som hjälper till att förmedla kontakt (metodstödet, ruta 3). Skriv in varje stadsområdes kontaktperson här, med telefonnummer eller e-post.</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Namn, telefon eller e-post</translation>
    </message>
    <message>
        <source>Contact person, %1</source>
        <translation>Kontaktperson, %1</translation>
    </message>
</context>
<context>
    <name>samordna::ui::SocialWorkerEditor</name>
    <message>
        <source>Social worker</source>
        <translation>Socialsekreterare</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-&amp;post:</translation>
    </message>
</context>
<context>
    <name>samordna::ui::StoreSession</name>
    <message>
        <source>Store not opened</source>
        <translation>Lagringen öppnades inte</translation>
    </message>
    <message>
        <source>The store %1 could not be opened; the one open stays open.

%2</source>
        <translation>Databasen %1 kunde inte öppnas; den som är öppen förblir öppen.

%2</translation>
    </message>
</context>
<context>
    <name>samordna::ui::SyncDialog</name>
    <message>
        <source>brought to the team store</source>
        <translation>fört till den gemensamma databasen</translation>
    </message>
    <message>
        <source>brought up to date from the team store</source>
        <translation>uppdaterat från den gemensamma databasen</translation>
    </message>
    <message>
        <source>merged: both sides&apos; changes kept</source>
        <translation>sammanfogat: båda sidornas ändringar behålls</translation>
    </message>
    <message>
        <source>changed on both sides, waits for your choice: %1</source>
        <translation>ändrat på båda håll, väntar på ditt val: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <source>not synced: %1</source>
        <translation>inte synkat: %1</translation>
    </message>
    <message>
        <source>&amp;Empty the file after a complete sync</source>
        <translation>&amp;Töm efter synk</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synka nu</translation>
    </message>
    <message>
        <source>Sync with the team store</source>
        <translation>Synka med den gemensamma databasen</translation>
    </message>
    <message>
        <source>Nothing of the cases stays on this computer once they are all in the team store</source>
        <translation>Inget av ärendena ligger kvar på den här datorn när alla finns i den gemensamma databasen</translation>
    </message>
    <message>
        <source>This file holds cases taken from %1 on %2.</source>
        <translation>Den här filen innehåller ärenden som togs från %1 den %2.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>What the sync did</source>
        <translation>Vad synken gjorde</translation>
    </message>
    <message>
        <source>Synced cases</source>
        <translation>Synkade ärenden</translation>
    </message>
    <message>
        <source>This store was not taken along from a team store; there is nothing to sync.</source>
        <translation>Den här databasen togs inte med från en gemensam databas; det finns inget att synka.</translation>
    </message>
    <message>
        <source>Password for the team store %1:</source>
        <translation>Lösenord för den gemensamma databasen %1:</translation>
    </message>
    <message>
        <source>The team store cannot be reached, so nothing was synced; the file keeps all its work.

%1</source>
        <translation>Den gemensamma databasen går inte att nå, så inget synkades; filen behåller allt sitt arbete.

%1</translation>
    </message>
    <message>
        <source>Everything is in, but the team store still shows the cases as taken along: %1</source>
        <translation>Allt är inne, men den gemensamma databasen visar fortfarande ärendena som medtagna: %1</translation>
    </message>
    <message>
        <source>Everything is in the team store. Samordna now closes this file and empties it, so nothing of the cases stays on this computer.</source>
        <translation>Allt finns i den gemensamma databasen. Samordna stänger nu filen och tömmer den, så att inget av ärendena ligger kvar på den här datorn.</translation>
    </message>
    <message>
        <source>The sync stopped: %1. Run it again; nothing is lost or doubled.</source>
        <translation>Synken avbröts: %1. Kör den igen; inget försvinner eller dubbleras.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed on both sides. Choose below which values to keep, then sync again.</source>
        <translation>
            <numerusform>%n ärende har ändrats på båda håll. Välj nedan vilka värden som ska behållas och synka sedan igen.</numerusform>
            <numerusform>%n ärenden har ändrats på båda håll. Välj nedan vilka värden som ska behållas och synka sedan igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every case was synced; see why below and sync again.</source>
        <translation>Alla ärenden synkades inte; se varför nedan och synka igen.</translation>
    </message>
    <message>
        <source>Everything is in the team store.</source>
        <translation>Allt finns i den gemensamma databasen.</translation>
    </message>
    <message>
        <source>The choice was not recorded: %1</source>
        <translation>Valet antecknades inte: %1</translation>
    </message>
    <message>
        <source>Every conflict has a choice. Sync again to bring them in.</source>
        <translation>Alla konflikter har ett val. Synka igen för att föra in dem.</translation>
    </message>
</context>
<context>
    <name>samordna::ui::TodoModel</name>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Att kontrollera</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Ej uppfylld</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfylld</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>status of a deadline not yet passed</comment>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: the date a deadline falls</comment>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Steps before the application (blankett 7434)</source>
        <translation>Steg före ansökan (blankett 7434)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>FK has had no contact with the social worker within a week: FK turns to the district&apos;s contact person, who helps put FK in touch.</source>
        <translation>FK har inte fått kontakt med socialsekreteraren inom en vecka: FK tar kontakt med stadsområdets kontaktperson, som hjälper till att förmedla kontakt.</translation>
    </message>
    <message>
        <source>Week passed</source>
        <translation>Veckan har gått</translation>
    </message>
</context>
<context>
    <name>samordna::ui::TodoPanel</name>
    <message>
        <source>%1 things to do across all cases. Overdue ones are red.</source>
        <translation>Att göra i alla ärenden: %1. Försenade visas i rött.</translation>
    </message>
    <message>
        <source>(checking the cases…)</source>
        <translation>(kontrollerar ärendena…)</translation>
    </message>
    <message>
        <source>The list is incomplete: %1</source>
        <translation>Listan är ofullständig: %1</translation>
    </message>
    <message>
        <source>Not checked, because they cannot be read: %1 (%2)</source>
        <translation>Inte kontrollerade, eftersom de inte kan läsas: %1 (%2)</translation>
    </message>
    <message>
        <source>Att göra: deadlines and missing steps</source>
        <translation>Att göra: tidsgränser och steg som saknas</translation>
    </message>
</context>
<context>
    <name>samordna::ui::TransitionPanel</name>
    <message>
        <source>Move the case</source>
        <translation>Flytta ärendet</translation>
    </message>
    <message>
        <source>To box %1: %2</source>
        <translation>Till ruta %1: %2</translation>
    </message>
    <message>
        <source>Asks for a note for the journal, then moves the case.</source>
        <translation>Ber om en journalanteckning och flyttar sedan ärendet.</translation>
    </message>
    <message>
        <source>Box %1:</source>
        <translation>Ruta %1:</translation>
    </message>
    <message>
        <source>The case has left the process here; no box follows.</source>
        <translation>Ärendet har lämnat processen här; ingen ruta följer.</translation>
    </message>
    <message>
        <source>The method document suggests box %1.</source>
        <translation>Metodstödet föreslår ruta %1.</translation>
    </message>
</context>
</TS>
