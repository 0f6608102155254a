#include "DocumentTestCase.h"
#include "PdfText.h"

#include "documents/DocumentRenderer.h"
#include "documents/DocumentComposer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace documenttest;

class TestDocumentRender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(CaseDocumentKind kind, const CaseRecord &record, const QString &name)
    {
        const CompositionResult result = DocumentComposer().compose(kind, record, today);
        if (!result)
            return {};
        const QString path = m_dir.filePath(name + u".pdf"_s);
        QString error;
        if (!DocumentRenderer::writePdf(*result.document, path, &error))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!pdftext::available())
            QSKIP("poppler-utils (pdftotext, pdftoppm) are not installed");
        QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
    }

    void pdfShowsWhatTheReaderChecks_data()
    {
        QTest::addColumn<CaseDocumentKind>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("underlag-7434")
            << CaseDocumentKind::Underlag7434
            << QStringList{u"Basis for the application (form 7434)"_s,
                           u"Work capacity reduced because of illness"_s, u"29 kap. 2 § SFB"_s,
                           u"6 kap. 6 § SFB; 5 kap. 9 § SFB"_s, u"040-34 10 00"_s, u"Nothing is missing."_s};
        QTest::newRow("sammanfattning-fk")
            << CaseDocumentKind::SammanfattningFk
            << QStringList{u"Summary for Försäkringskassan"_s, u"Sick-listed by the healthcare centre since 2023."_s,
                           u"Asked the rehab-koordinator for a new certificate."_s,
                           u"Pain school at the healthcare centre"_s};
        QTest::newRow("aktanteckning")
            << CaseDocumentKind::Aktanteckning
            << QStringList{u"Aktanteckning: konsultationsteam"_s, u"2025-02-26"_s, u"Criteria met"_s,
                           u"work trial at Returen ended early."_s, u"Suggested: box"_s};
        QTest::newRow("rehabiliteringsplan")
            << CaseDocumentKind::Rehabiliteringsplan
            << QStringList{u"Rehabilitation plan"_s, u"Work trial at the municipal workshop"_s,
                           u"Arbetsförmedlingen"_s, u"2025-06-30"_s, u"Ongoing"_s};
        QTest::newRow("adress-kallelse")
            << CaseDocumentKind::AdressKallelse
            << QStringList{u"Address for invitations"_s, u"Stadsområdesförvaltning Söder"_s,
                           u"Individ och familj – ekonomiskt bistånd"_s, u"Box 310 65"_s, u"200 49 Malmö"_s};
    }
    void pdfShowsWhatTheReaderChecks()
    {
        QFETCH(CaseDocumentKind, kind);
        QFETCH(QStringList, expected);
        const QString code = documentKindCode(kind);
        const QString pdf = render(kind, fullCase(), code);
        QVERIFY(!pdf.isEmpty());

        const QString text = pdftext::textOf(pdf);
        // The header and footer lines carry the case id, the title and the date.
        expected << u"S-000042"_s << u"2025-03-03"_s << u"Anna Andersson"_s << u"19900315-1231"_s
                 << u"Page 1 of 1"_s;
        for (const auto &line : expected)
            QVERIFY2(text.contains(line), qPrintable(u"missing \""_s + line + u"\" in: "_s + text));
        QCOMPARE(text.count(u"S-000042 · "_s + documentTitle(kind)), 1);

        const QString png = QDir(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)).filePath(u"documents_"_s + code);
        QVERIFY(pdftext::pageToPng(pdf, png));
        QVERIFY(QFile::exists(png + u".png"_s));
    }

    void longPlanRunsOverPagesWithNumbers()
    {
        CaseRecord record = fullCase();
        for (int index = 1; index <= 80; ++index)
            record.plan << PlanMeasure{u"Measure number %1"_s.arg(index), Party::AF, QDate(2025, 3, 1),
                                       QDate(2025, 12, 31), MeasureStatus::Planned};
        const QString pdf = render(CaseDocumentKind::Rehabiliteringsplan, record, u"long-plan"_s);
        QVERIFY(!pdf.isEmpty());
        const int pages = pdftext::pageCount(pdf);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = pdftext::textOf(pdf);
        QVERIFY(text.contains(u"Page 2 of %1"_s.arg(pages)));
        // No row is lost at a page break.
        for (int index = 1; index <= 80; ++index)
            QVERIFY(text.contains(u"Measure number %1 "_s.arg(index)));
        // Every page repeats the header with the case id.
        QCOMPARE(text.count(u"S-000042 · Rehabilitation plan"_s), pages);
        // The second page shows how a table continues after a page break.
        QVERIFY(pdftext::pageToPng(pdf, QDir(QStringLiteral(SAMORDNA_SCREENSHOT_DIR))
                                            .filePath(u"documents_rehabiliteringsplan_page2"_s),
                                   2));
    }

    void writeFailsForAnUnwritablePath()
    {
        const auto result = DocumentComposer().compose(CaseDocumentKind::Underlag7434, fullCase(), today);
        QVERIFY(result);
        QString error;
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        QVERIFY(!DocumentRenderer::writePdf(*result.document, u"/nonexistent-folder/x.pdf"_s, &error));
        QVERIFY(error.contains(u"/nonexistent-folder/x.pdf"_s));
    }
};

QTEST_MAIN(TestDocumentRender)
#include "tst_documentrender.moc"
