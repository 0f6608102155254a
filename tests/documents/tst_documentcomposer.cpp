// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentTestCase.h"

#include "documents/CaseDocumentKind.h"
#include "documents/DocumentComposer.h"
#include "rules/Assessor.h"

#include <QTest>

using namespace samordna;
using namespace documenttest;

class TestDocumentComposer : public QObject
{
    Q_OBJECT

private:
    static ComposedDocument composed(CaseDocumentKind kind, const CaseRecord &record, const QDate &date = today)
    {
        const CompositionResult result = DocumentComposer().compose(kind, record, date);
        if (!result)
            qWarning("refused: %s", qPrintable(result.refusal));
        return result.document.value_or(ComposedDocument{});
    }
    static void verifyContains(const QString &text, const QStringList &expected)
    {
        for (const auto &line : expected) {
            if (!text.contains(line))
                QFAIL(qPrintable(u"missing: "_s + line + u"\n--- in ---\n"_s + text));
        }
    }

private Q_SLOTS:
    void kindCodesRoundTrip()
    {
        QCOMPARE(allDocumentKindCodes(),
                 QStringList({u"underlag-7434"_s, u"sammanfattning-fk"_s, u"aktanteckning"_s, u"rehabiliteringsplan"_s,
                              u"adress-kallelse"_s}));
        for (const CaseDocumentKind kind : allDocumentKinds())
            QCOMPARE(documentKindFromCode(documentKindCode(kind)), kind);
        QVERIFY(!documentKindFromCode(u"kallelse"_s));
    }

    void everyDocumentNamesCaseAndDate_data()
    {
        QTest::addColumn<CaseDocumentKind>("kind");
        for (const CaseDocumentKind kind : allDocumentKinds())
            QTest::newRow(qPrintable(documentKindCode(kind))) << kind;
    }
    void everyDocumentNamesCaseAndDate()
    {
        QFETCH(CaseDocumentKind, kind);
        const ComposedDocument document = composed(kind, fullCase());
        QCOMPARE(document.kind, kind);
        QCOMPARE(document.caseId, u"S-000042"_s);
        QCOMPARE(document.date, today);
        QCOMPARE(document.title, documentTitle(kind));
        for (const QString &text : {document.html, document.plainText})
            verifyContains(text, {u"S-000042"_s, u"2025-03-03"_s, u"Anna Andersson"_s, u"19900315-1231"_s});
    }

    void underlagListsCriteriaConsentContactAndReadiness()
    {
        const ComposedDocument document = composed(CaseDocumentKind::Underlag7434, fullCase());
        verifyContains(
            document.plainText,
            {
                u"Criterion: No sickness-benefit qualifying income (SGI); Met: Yes"_s,
                u"Criterion: Insured in Sweden, or as if insured through EU law; Met: Yes; "
                u"Source: 6 kap. 6 § SFB; 5 kap. 9 § SFB"_s,
                u"Criterion: Work capacity reduced because of illness; Met: Yes; Source: 29 kap. 2 § SFB"_s,
                u"Criterion: Needs rehabilitation measures to regain work capacity; Met: Yes; "
                u"Source: 29 kap. 2 § SFB"_s,
                u"Overall: Criteria met"_s,
                u"Given: Yes"_s,
                u"Date of consent: 2025-01-10"_s,
                u"Revoked: No"_s,
                u"Valid on 2025-03-03: Yes"_s,
                u"Phone: 040-34 10 00"_s,
                u"E-mail: sara.svensson@example.org"_s,
                u"Discussed on 2025-02-26; Försäkringskassan's advice: Criteria met."_s,
                u"Nothing is missing."_s,
                u"Yes: the client may apply"_s,
                u"Party: Region (healthcare); Name: Vårdcentralen Lindängen; Contact person: Rehab-koordinator Eva; "
                u"Phone: 040-11 22 33"_s,
                u"Issuer: Vårdcentralen Lindängen; Date: 2025-01-28"_s,
                u"Attach the aktanteckning"_s,
                u"you lift Försäkringskassan's secrecy toward the parties you name"_s,
                u"pays no benefit"_s,
            });
        QVERIFY(!document.plainText.contains(u"Psykiatrin Syd"_s)); // not come by the document's date
        QVERIFY(document.html.contains(u"<td>29 kap. 2 § SFB</td>"_s));
    }

    void underlagSaysAComingMeetingIsPlanned()
    {
        CaseRecord record = fullCase();
        Meeting coming;
        coming.kind = MeetingKind::Konsultationsteam;
        coming.date = QDate(2025, 3, 17); // two weeks after the document's date
        record.meetings << coming;
        const ComposedDocument document = composed(CaseDocumentKind::Underlag7434, record);
        verifyContains(document.plainText, {u"To be discussed on 2025-03-17."_s});
        QVERIFY(!document.plainText.contains(u"Discussed on 2025-03-17"_s));
    }

    void underlagListsWhatIsMissing()
    {
        CaseRecord record = fullCase();
        record.consent = {};
        record.socialWorker.reset();
        record.facts.medicalDocumentation = std::nullopt;
        record.facts.workCapacityReducedByIllness = std::nullopt;
        record.meetings.clear();
        const ComposedDocument document = composed(CaseDocumentKind::Underlag7434, record);
        verifyContains(
            document.plainText,
            {
                u"Met: Not known"_s,
                u"Given: Not recorded"_s,
                u"Valid on 2025-03-03: No"_s,
                u"No social worker is recorded for the case. The form requires the social worker's contact details."_s,
                u"Not yet taken to the konsultationsteam."_s,
                u"- Written consent"_s,
                u"- Medical documentation"_s,
                u"- The social worker's contact details (phone or e-mail)"_s,
                u"Not ready to apply yet"_s,
            });
        QVERIFY(!document.plainText.contains(u"Nothing is missing."_s));
    }

    void summaryRefusedWithoutValidConsent_data()
    {
        QTest::addColumn<Consent>("consent");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not recorded") << Consent{} << u"No written consent is recorded."_s;
        QTest::newRow("refused") << Consent{false, QDate(2025, 1, 10), {}} << u"No written consent is recorded."_s;
        QTest::newRow("revoked on the date")
            << Consent{true, QDate(2025, 1, 10), today} << u"The client revoked the consent on 2025-03-03."_s;
        QTest::newRow("revoked before") << Consent{true, QDate(2025, 1, 10), QDate(2025, 2, 1)}
                                        << u"The client revoked the consent on 2025-02-01."_s;
    }
    void summaryRefusedWithoutValidConsent()
    {
        QFETCH(Consent, consent);
        QFETCH(QString, reason);
        CaseRecord record = fullCase();
        record.consent = consent;
        const CompositionResult result = DocumentComposer().compose(CaseDocumentKind::SammanfattningFk, record, today);
        QVERIFY(!result);
        QVERIFY(!result.document);
        QVERIFY2(result.refusal.startsWith(reason), qPrintable(result.refusal));
        QVERIFY(result.refusal.contains(u"Försäkringskassan"_s));
    }

    void summaryWithConsentHoldsHistoryAndMeasures()
    {
        CaseRecord record = fullCase();
        record.consent.revokedDate = today.addDays(1); // revoked tomorrow: still valid today
        const ComposedDocument document = composed(CaseDocumentKind::SammanfattningFk, record);
        verifyContains(
            document.plainText,
            {
                u"shared with the client's written consent of 2025-01-10."_s,
                u"History of illness\n------------------\nBack pain since 2019, depression since 2021."_s,
                u"Work trial at Returen in 2023, ended after six weeks."_s,
                u"Date: 2025-01-28; Issuer: Vårdcentralen Lindängen; Summary: Läkarintyg: reduced work capacity"_s,
                u"Measure: Pain school at the healthcare centre; Responsible: Region (healthcare); Start: 2024-09-01; "
                u"End: 2024-11-30; Status: Done"_s,
                u"Phone: 040-34 10 00"_s,
            });
        // Nothing of the journal goes to FK, nor the complements' notes.
        for (const JournalEntry &entry : record.journal)
            QVERIFY2(!document.plainText.contains(entry.text), qPrintable(entry.text));
        QVERIFY(!document.plainText.contains(u"Asked the rehab-koordinator"_s));
        QVERIFY(!document.plainText.contains(u"Psykiatrin Syd"_s));
    }

    void aktanteckningFromLatestKonsultationsteam()
    {
        const CaseRecord record = fullCase();
        const Assessment assessment = assess(record, today);
        const CompositionResult result = DocumentComposer().aktanteckning(record, assessment);
        QVERIFY(result);
        // FK found the criteria met: the case stays in box 1 until FK has the application.
        const QString next = u"Suggested: box 1, %1."_s.arg(stageTitle(Stage::Ruta1));
        for (const QString &text : {result.document->plainText, result.document->html})
            verifyContains(text,
                           {u"2025-02-26"_s, u"work trial at Returen ended early."_s, u"Criteria met"_s, next,
                            u"attached to the application"_s, u"Sara Svensson"_s,
                            u"Application on blankett 7434; box 3 when FK has received the application."_s,
                            u"For Försäkringskassan"_s});
        QVERIFY(!result.document->plainText.contains(u"lacked the diagnosis"_s));
        // Plain text is for pasting: no markup.
        QVERIFY(!result.document->plainText.contains(u'<'));
        verifyContains(result.document->plainText,
                       {u"Försäkringskassan's advice\n--------------------------\nCriteria met\n"_s,
                        u"Konsultationsteam on: 2025-02-26"_s});
    }

    void aktanteckningForAChosenMeeting()
    {
        const CaseRecord record = fullCase();
        const Assessment assessment = assess(record, today);
        const DocumentComposer composer;
        const CompositionResult older = composer.aktanteckning(record, assessment, 1);
        QVERIFY(older);
        verifyContains(older.document->plainText, {u"2025-01-15"_s, u"lacked the diagnosis"_s, u"Complement needed"_s});
        QVERIFY(!older.document->plainText.contains(u"attached to the application"_s));

        const CompositionResult notKt = composer.aktanteckning(record, assessment, 2);
        QVERIFY(!notKt);
        QCOMPARE(notKt.refusal, u"Meeting 3 of the case is not a konsultationsteam meeting."_s);
        QVERIFY(!composer.aktanteckning(record, assessment, 7));
    }

    void aktanteckningRefusedWithoutMeeting()
    {
        CaseRecord record = fullCase();
        record.meetings.removeIf([](const Meeting &m) { return m.kind == MeetingKind::Konsultationsteam; });
        QCOMPARE(DocumentComposer::latestKonsultationsteamMeeting(record), -1);
        const CompositionResult result = DocumentComposer().compose(CaseDocumentKind::Aktanteckning, record, today);
        QVERIFY(!result);
        QVERIFY(result.refusal.contains(u"has not been taken to a konsultationsteam meeting"_s));
    }

    void planListsMeasuresAndResponsibility()
    {
        const ComposedDocument document = composed(CaseDocumentKind::Rehabiliteringsplan, fullCase());
        verifyContains(
            document.plainText,
            {
                u"Measure: Work trial at the municipal workshop; Responsible: Individ- och familj; "
                u"Start: 2025-03-10; End: 2025-06-30; Status: Ongoing"_s,
                u"Measure: Gemensam kartläggning with AF; Responsible: Arbetsförmedlingen; Start: 2025-04-01; "
                u"Status: Planned"_s,
                u"- Arbetsförmedlingen: Gemensam kartläggning with AF"_s,
                u"- Region (healthcare): Pain school at the healthcare centre"_s,
                u"Avstämningsmöten"_s,
                u"2025-04-02"_s,
                u"Försäkringskassan draws up the rehabilitation plan"_s,
                u"Goal: Work and own support"_s,
                u"Coordinator: Försäkringskassan"_s,
                u"Next follow-up: Avstämningsmöte 2025-04-02"_s,
            });
        verifyContains(document.html, {u">Responsible</th>"_s, u"<td>Ongoing</td>"_s});

        CaseRecord empty = fullCase();
        empty.plan.clear();
        verifyContains(composed(CaseDocumentKind::Rehabiliteringsplan, empty).plainText,
                       {u"No measures are recorded in the plan yet."_s});
    }

    void addressBlockOfTheDistrict()
    {
        CaseRecord record = fullCase();
        record.socialWorker.reset();
        const ComposedDocument document = composed(CaseDocumentKind::AdressKallelse, record);
        verifyContains(document.plainText,
                       {
                           u"when it is not clear who the social worker in the case is"_s,
                           u"Malmö Stad\nStadsområdesförvaltning Söder\nIndivid och familj – ekonomiskt bistånd\n"
                           u"Box 310 65\n200 49 Malmö\n"_s,
                       });
        QVERIFY(!document.plainText.contains(u"contacts the social worker directly"_s));

        // With a known social worker the block is still made, and says FK calls them.
        verifyContains(composed(CaseDocumentKind::AdressKallelse, fullCase()).plainText,
                       {u"Sara Svensson, 040-34 10 00"_s, u"contacts the social worker directly"_s});
    }

    void addressRefusedForUnknownDistrict()
    {
        CaseRecord record = fullCase();
        record.district = u"Atlantis"_s;
        const CompositionResult result = DocumentComposer().compose(CaseDocumentKind::AdressKallelse, record, today);
        QVERIFY(!result);
        QVERIFY(result.refusal.contains(u"\"Atlantis\""_s));
        record.district.clear();
        QVERIFY(!DocumentComposer().compose(CaseDocumentKind::AdressKallelse, record, today));
    }

    void caseDataIsEscapedInHtml()
    {
        CaseRecord record = fullCase();
        record.plan.first().measure = u"Trial <script>x</script> & more"_s;
        const ComposedDocument document = composed(CaseDocumentKind::Rehabiliteringsplan, record);
        QVERIFY(!document.html.contains(u"<script>"_s));
        QVERIFY(document.html.contains(u"Trial &lt;script&gt;x&lt;/script&gt; &amp; more"_s));
        QVERIFY(document.plainText.contains(u"Trial <script>x</script> & more"_s));
    }
};

QTEST_GUILESS_MAIN(TestDocumentComposer)
#include "tst_documentcomposer.moc"
