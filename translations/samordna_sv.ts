<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Assessment</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the person has SGI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping of needs and motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social worker&apos;s contact details (phone or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefit suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjukersättning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivitetsersättning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FK&apos;s contact with the social worker within one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avstämningsmöte at least two weeks after the invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitGuidance</name>
    <message>
        <source>The deterioration is temporary: await improvement; FK keeps the case open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work capacity is not recorded as reduced against the whole labour market, including the protected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 (%2 or older) and work capacity reduced for the foreseeable future: the person may apply for sjukersättning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1: sjukersättning needs work capacity reduced for the foreseeable future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 (%2–%3) and work capacity reduced for at least one year: the person may apply for aktivitetsersättning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1: aktivitetsersättning needs work capacity reduced for at least one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 is below the age limits of the method document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;samordna-case&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1; this program reads case documents of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (at character %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultationsteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avstämningsmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemensam kartläggning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First digital meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complement needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individ- och familj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (healthcare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full work capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial work capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the foreseeable future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with the healthcare unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with the rehab-koordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP (coordinated individual plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New medical documentation received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Personnummer</name>
    <message>
        <source>no personnummer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a personnummer: write YYMMDD-NNNC or YYYYMMDD-NNNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth number 000 is never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is after the date of assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <source>the criteria are not all met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FK has not granted the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FK coordinates only after a granted application (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No avstämningsmöte has been held yet: record the meeting FK called, with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehabilitation plan has no measure with a responsible party yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at closure that the person has full or partial work capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at closure that the person has no work capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a temporary deterioration keeps the case open at FK for new planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed at FK in box 6a; the social services continue on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method document does not lead from box %1 to box %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleData</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every district needs a name and an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district file lists no districts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Need of coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complement the documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need of coordination by FK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FK coordinates the rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avstämningsmöte and rehabilitation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying out the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full or partial work capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A case document, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess takes one file, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of assessment (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file (default: SAMORDNA_DB, else the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: sv (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge a case document and print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samordna: coordinated rehabilitation for clients without SGI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samordna::ui::MainWindow</name>
    <message>
        <source>Samordna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
