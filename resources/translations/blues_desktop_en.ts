<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundlesPage</name>
    <message numerus="yes">
        <source>Import %n bundles?</source>
        <translation>
            <numerusform>Import %n bundle?</numerusform>
            <numerusform>Import %n bundles?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n records new or updated</source>
        <translation>
            <numerusform>{file}: %n record new or updated</numerusform>
            <numerusform>{file}: %n records new or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored files (CVs, evidence, timesheet PDFs), {size} MB, each matching its SHA-256</source>
        <translation>
            <numerusform>%n stored file (CVs, evidence, timesheet PDFs), {size} MB, matching its SHA-256</numerusform>
            <numerusform>%n stored files (CVs, evidence, timesheet PDFs), {size} MB, each matching its SHA-256</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossOfficeDialog</name>
    <message numerus="yes">
        <source>%n possible duplicates to decide</source>
        <translation>
            <numerusform>%n possible duplicate to decide</numerusform>
            <numerusform>%n possible duplicates to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message numerus="yes">
        <source>This organisation looks like %n already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation>
            <numerusform>This organisation looks like %n already registered. Choose it to compare; a different legal form or city often means two organisations.</numerusform>
            <numerusform>This organisation looks like %n already registered. Choose one to compare it with; a different legal form or city often means two organisations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present — {days} · %n unsaved changes</source>
        <translation>
            <numerusform>Present — {days} · %n unsaved change</numerusform>
            <numerusform>Present — {days} · %n unsaved changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write the %n financial agreement(s) that may be printed now, one PDF each, to a folder</source>
        <translation>
            <numerusform>Write the %n financial agreement that may be printed now to a folder, as a PDF</numerusform>
            <numerusform>Write the %n financial agreements that may be printed now, one PDF each, to a folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchanges to {file}</source>
        <translation>
            <numerusform>Wrote %n exchange to {file}</numerusform>
            <numerusform>Wrote %n exchanges to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n financial agreement(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n financial agreement to {folder}</numerusform>
            <numerusform>Wrote %n financial agreements to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message numerus="yes">
        <source>bundle {sequence}, written {written}, imported {imported} (%n days old)</source>
        <translation>
            <numerusform>bundle {sequence}, written {written}, imported {imported} (%n day old)</numerusform>
            <numerusform>bundle {sequence}, written {written}, imported {imported} (%n days old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</source>
        <translation>
            <numerusform>bundle {sequence} acknowledged by the coordinator, written {written} (%n day old)</numerusform>
            <numerusform>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation>
            <numerusform>Older than %n day or missing: figures of this office may be out of date</numerusform>
            <numerusform>Older than %n days or missing: figures of this office may be out of date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>… %n more in the problem report</source>
        <translation>
            <numerusform>… %n more in the problem report</numerusform>
            <numerusform>… %n more in the problem report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</source>
        <translation>
            <numerusform>The %n row set aside is in {file}: correct the cells named in its Problem column, then import that file.</numerusform>
            <numerusform>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</source>
        <translation>
            <numerusform>%n row set aside: save it with &apos;Save rows set aside…&apos;, correct it and import that file.</numerusform>
            <numerusform>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts merged: %n event registrations moved to the kept contact.</source>
        <translation>
            <numerusform>Contacts merged: %n event registration moved to the kept contact.</numerusform>
            <numerusform>Contacts merged: %n event registrations moved to the kept contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved to the kept contact.</source>
        <translation>
            <numerusform>%n exchange moved to the kept contact.</numerusform>
            <numerusform>%n exchanges moved to the kept contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n contacts moved.</source>
        <translation>
            <numerusform>Merged: %n contact moved.</numerusform>
            <numerusform>Merged: %n contacts moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved.</source>
        <translation>
            <numerusform>%n exchange moved.</numerusform>
            <numerusform>%n exchanges moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n event registration</numerusform>
            <numerusform>%n event registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation>
            <numerusform>%n staff record</numerusform>
            <numerusform>%n staff records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message numerus="yes">
        <source>%n persons match</source>
        <translation>
            <numerusform>%n person matches</numerusform>
            <numerusform>%n persons match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message numerus="yes">
        <source>Wrote %n rows to {path}.</source>
        <translation>
            <numerusform>Wrote %n row to {path}.</numerusform>
            <numerusform>Wrote %n rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation>
            <numerusform>They cover %n staff member.</numerusform>
            <numerusform>They cover %n staff members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>%n of the chosen registrations belong to another event; nothing was removed</source>
        <translation>
            <numerusform>%n of the chosen registrations belong to another event; nothing was removed</numerusform>
            <numerusform>%n of the chosen registrations belong to another event; nothing was removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event lasts at most %n day(s)</source>
        <translation>
            <numerusform>an event lasts at most %n day</numerusform>
            <numerusform>an event lasts at most %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the day {day} has attendance recorded (%n mark(s)); clear it before removing the day</source>
        <translation>
            <numerusform>the day {day} has attendance recorded (%n mark); clear it before removing the day</numerusform>
            <numerusform>the day {day} has attendance recorded (%n marks); clear it before removing the day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} (%n cell(s))</source>
        <translation>
            <numerusform>{what} (%n cell)</numerusform>
            <numerusform>{what} (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a user&apos;s name has at most %n character(s)</source>
        <translation>
            <numerusform>a user&apos;s name has at most %n character</numerusform>
            <numerusform>a user&apos;s name has at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) (see the problem report)</source>
        <translation>
            <numerusform>… and %n more problem (see the problem report)</numerusform>
            <numerusform>… and %n more problems (see the problem report)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside</source>
        <translation>
            <numerusform>%n row set aside</numerusform>
            <numerusform>%n rows set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside} ({repeated} repeated and skipped)</source>
        <translation>
            <numerusform>%n row will be imported, {set_aside} ({repeated} repeated and skipped)</numerusform>
            <numerusform>%n rows will be imported, {set_aside} ({repeated} repeated and skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside}</source>
        <translation>
            <numerusform>%n row will be imported, {set_aside}</numerusform>
            <numerusform>%n rows will be imported, {set_aside}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</source>
        <translation>
            <numerusform>%n row read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</numerusform>
            <numerusform>%n rows read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;minimum duration&apos;: {start} to {end} is %n working day(s); the stay needs at least {minimum}</source>
        <translation>
            <numerusform>rule &apos;minimum duration&apos;: {start} to {end} is %n working day; the stay needs at least {minimum}</numerusform>
            <numerusform>rule &apos;minimum duration&apos;: {start} to {end} is %n working days; the stay needs at least {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;maximum duration&apos;: {start} to {end} is %n working day(s); the stay lasts at most one month ({maximum} working days)</source>
        <translation>
            <numerusform>rule &apos;maximum duration&apos;: {start} to {end} is %n working day; the stay lasts at most one month ({maximum} working days)</numerusform>
            <numerusform>rule &apos;maximum duration&apos;: {start} to {end} is %n working days; the stay lasts at most one month ({maximum} working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the stay has %n working day(s) (under {limit})</source>
        <translation>
            <numerusform>the stay has %n working day (under {limit})</numerusform>
            <numerusform>the stay has %n working days (under {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paid on {on}, after the deadline of {deadline} (%n day(s) after the exchange)</source>
        <translation>
            <numerusform>paid on {on}, after the deadline of {deadline} (%n day after the exchange)</numerusform>
            <numerusform>paid on {on}, after the deadline of {deadline} (%n days after the exchange)</numerusform>
        </translation>
    </message>
</context>
</TS>
