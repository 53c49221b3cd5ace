<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionOffers</name>
    <message>
        <source>Restore to &amp;Original Location…</source>
        <translation>Am &amp;ursprünglichen Speicherort wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore to Another &amp;Mailbox…</source>
        <translation>In anderem &amp;Postfach wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Copy to Another OneDrive…</source>
        <translation>In anderes OneDrive &amp;kopieren…</translation>
    </message>
    <message>
        <source>Send by E-&amp;mail…</source>
        <translation>Per E-&amp;Mail senden…</translation>
    </message>
    <message>
        <source>Export to &amp;PST…</source>
        <translation>Als PS&amp;T exportieren…</translation>
    </message>
    <message>
        <source>Restore &amp;OneDrives…</source>
        <translation>&amp;OneDrives wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore an Earlier &amp;Version…</source>
        <translation>Frühere &amp;Version wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore M&amp;ailboxes…</source>
        <translation>&amp;Postfächer wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>ActionWizard</name>
    <message>
        <source>Not connected to a backup server.</source>
        <translation>Nicht mit einem Sicherungsserver verbunden.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Enter the account the server uses to write the restored data.</source>
        <translation>Geben Sie das Konto ein, mit dem der Server die wiederhergestellten Daten schreibt.</translation>
    </message>
    <message>
        <source>Enter the password of that account.</source>
        <translation>Geben Sie das Kennwort dieses Kontos ein.</translation>
    </message>
    <message>
        <source>Request a device code and sign in with it before restoring.</source>
        <translation>Fordern Sie einen Gerätecode an und melden Sie sich damit an, bevor Sie wiederherstellen.</translation>
    </message>
    <message>
        <source>The application ID must be a GUID such as 1b2c3d4e-0000-4000-8000-123456789abc.</source>
        <translation>Die Anwendungs-ID muss eine GUID sein, zum Beispiel 1b2c3d4e-0000-4000-8000-123456789abc.</translation>
    </message>
    <message>
        <source>Choose the application&apos;s certificate file (.pfx).</source>
        <translation>Wählen Sie die Zertifikatsdatei der Anwendung (.pfx).</translation>
    </message>
    <message>
        <source>Restore account</source>
        <translation>Wiederherstellungskonto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Application certificate</source>
        <translation>Anwendungszertifikat</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Zertifikatskennwort</translation>
    </message>
    <message>
        <source>Impersonation account</source>
        <translation>Identitätswechselkonto</translation>
    </message>
    <message>
        <source>Enter the on-premises account&apos;s user name.</source>
        <translation>Geben Sie den Benutzernamen des lokalen Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the on-premises account&apos;s password.</source>
        <translation>Geben Sie das Kennwort des lokalen Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the Microsoft 365 account, the on-premises account, or both.</source>
        <translation>Geben Sie das Microsoft-365-Konto, das lokale Konto oder beide ein.</translation>
    </message>
    <message>
        <source>On-premises account</source>
        <translation>Lokales Konto</translation>
    </message>
    <message>
        <source>On-premises password</source>
        <translation>Kennwort des lokalen Kontos</translation>
    </message>
    <message>
        <source>Restore to the original location</source>
        <translation>Am ursprünglichen Speicherort wiederherstellen</translation>
    </message>
    <message>
        <source>Restore to another mailbox</source>
        <translation>In einem anderen Postfach wiederherstellen</translation>
    </message>
    <message>
        <source>Copy to another OneDrive</source>
        <translation>In ein anderes OneDrive kopieren</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Export to PST</source>
        <translation>Als PST exportieren</translation>
    </message>
    <message>
        <source>Restore OneDrives</source>
        <translation>OneDrives wiederherstellen</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Eine frühere Version wiederherstellen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed folders</source>
        <translation>Fehlgeschlagene Ordner</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Skipped (unchanged)</source>
        <translation>Übersprungen (unverändert)</translation>
    </message>
    <message>
        <source>Skipped (error)</source>
        <translation>Übersprungen (Fehler)</translation>
    </message>
    <message>
        <source>Permissions not restored</source>
        <translation>Berechtigungen nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Mailboxes/OneDrives</source>
        <translation>Postfächer/OneDrives</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>The server is not signed in to its %1 mail account.</source>
        <translation>Der Server ist nicht an seinem E-Mail-Konto bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>No SMTP server is set.</source>
        <translation>Es ist kein SMTP-Server eingetragen.</translation>
    </message>
    <message>
        <source>The SMTP server needs authentication, but no account is set.</source>
        <translation>Der SMTP-Server verlangt eine Anmeldung, aber es ist kein Konto eingetragen.</translation>
    </message>
    <message>
        <source>No sender address is set.</source>
        <translation>Es ist keine Absenderadresse eingetragen.</translation>
    </message>
    <message>
        <source>E-mail sending is switched off in these settings; the server may refuse to send.</source>
        <translation>Der E-Mail-Versand ist in diesen Einstellungen ausgeschaltet; der Server verweigert das Senden möglicherweise.</translation>
    </message>
    <message>
        <source>Connect to a backup server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Sicherungsserver.</translation>
    </message>
    <message>
        <source>The server&apos;s e-mail settings are not a JSON object.</source>
        <translation>Die E-Mail-Einstellungen des Servers sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Restore mailboxes</source>
        <translation>Postfächer wiederherstellen</translation>
    </message>
    <message>
        <source>No restore session is open: explore a restore point first.</source>
        <translation>Keine Wiederherstellungssitzung geöffnet: Erkunden Sie zuerst einen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <source>This action cannot be run on the selected items.</source>
        <translation>Diese Aktion kann nicht auf die ausgewählten Elemente angewendet werden.</translation>
    </message>
    <message>
        <source>The mailbox or OneDrive of the selected items is not known.</source>
        <translation>Das Postfach oder OneDrive der ausgewählten Elemente ist nicht bekannt.</translation>
    </message>
    <message>
        <source>One of the selected items has no ID.</source>
        <translation>Eines der ausgewählten Elemente hat keine ID.</translation>
    </message>
    <message>
        <source>This action cannot be run on this kind of item.</source>
        <translation>Diese Aktion kann nicht auf diese Art von Element angewendet werden.</translation>
    </message>
    <message>
        <source>The mailbox or OneDrive to act on is not known.</source>
        <translation>Das betroffene Postfach oder OneDrive ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The item to act on has no ID.</source>
        <translation>Das betroffene Element hat keine ID.</translation>
    </message>
    <message>
        <source>Choose the version of the document to restore.</source>
        <translation>Wählen Sie die Version des Dokuments, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>Latest version only</source>
        <translation>Nur die neueste Version</translation>
    </message>
    <message>
        <source>Overwrite the existing document</source>
        <translation>Das vorhandene Dokument überschreiben</translation>
    </message>
    <message>
        <source>Keep the existing document (restore as RESTORED-&lt;name&gt;)</source>
        <translation>Vorhandenes Dokument behalten (als RESTORED-&lt;name&gt; wiederherstellen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>If the document exists</source>
        <translation>Wenn das Dokument existiert</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the target mailbox.</source>
        <translation>Geben Sie die E-Mail-Adresse des Zielpostfachs ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>Enter the Exchange server (CAS), e.g. outlook.office365.com.</source>
        <translation>Geben Sie den Exchange-Server (CAS) ein, z. B. outlook.office365.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name: enter a host name such as outlook.office365.com, without https:// or a path.</source>
        <translation>„%1“ ist kein Servername: Geben Sie einen Hostnamen wie outlook.office365.com ein, ohne https:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>Target mailbox</source>
        <translation>Zielpostfach</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(Vorgabe des Servers)</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>Changed items</source>
        <translation>Geänderte Elemente</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Gelöschte Elemente</translation>
    </message>
    <message>
        <source>Mark restored items as unread</source>
        <translation>Wiederhergestellte Elemente als ungelesen markieren</translation>
    </message>
    <message>
        <source>Exclude Drafts</source>
        <translation>Ordner „Entwürfe“ ausschließen</translation>
    </message>
    <message>
        <source>Exclude Deleted Items</source>
        <translation>Ordner „Gelöschte Elemente“ ausschließen</translation>
    </message>
    <message>
        <source>Exclude In-Place Hold items</source>
        <translation>In-Place-Hold-Elemente ausschließen</translation>
    </message>
    <message>
        <source>Exclude Litigation Hold items</source>
        <translation>Litigation-Hold-Elemente ausschließen</translation>
    </message>
    <message>
        <source>Choose the OneDrive to copy to.</source>
        <translation>Wählen Sie das OneDrive, in das kopiert werden soll.</translation>
    </message>
    <message>
        <source>The target folder must be a folder path inside the OneDrive, without &quot;..&quot;.</source>
        <translation>Der Zielordner muss ein Ordnerpfad innerhalb des OneDrive sein, ohne „..“.</translation>
    </message>
    <message>
        <source>Target OneDrive</source>
        <translation>Ziel-OneDrive</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Stammordner)</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>merged with the existing versions</source>
        <translation>mit den vorhandenen Versionen zusammengeführt</translation>
    </message>
    <message>
        <source>Merge with the existing document</source>
        <translation>Mit dem vorhandenen Dokument zusammenführen</translation>
    </message>
    <message>
        <source>Restore permissions</source>
        <translation>Berechtigungen wiederherstellen</translation>
    </message>
    <message>
        <source>Notify about shared links</source>
        <translation>Über freigegebene Links benachrichtigen</translation>
    </message>
    <message>
        <source>OneDrive data can only be sent to an address you enter.</source>
        <translation>OneDrive-Daten können nur an eine Adresse gesendet werden, die Sie eingeben.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Absenders ein.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Empfängers ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of e-mail addresses (separate several with &apos;;&apos;).</source>
        <translation>„%1“ ist keine Liste von E-Mail-Adressen (trennen Sie mehrere mit „;“).</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>the mailbox owner&apos;s address</source>
        <translation>die Adresse des Postfachbesitzers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>ZIP archive of .msg files</source>
        <translation>ZIP-Archiv mit .msg-Dateien</translation>
    </message>
    <message>
        <source>.msg file</source>
        <translation>.msg-Datei</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>the document itself</source>
        <translation>das Dokument selbst</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>A keyword filter applies to a whole mailbox, folder or organization, not to selected items.</source>
        <translation>Ein Stichwortfilter gilt für ein ganzes Postfach, einen Ordner oder eine Organisation, nicht für ausgewählte Elemente.</translation>
    </message>
    <message>
        <source>The PST size limit must be between 1 GB and 49 GB.</source>
        <translation>Die Größenbegrenzung der PST-Dateien muss zwischen 1 GB und 49 GB liegen.</translation>
    </message>
    <message>
        <source>Only items containing</source>
        <translation>Nur Elemente mit</translation>
    </message>
    <message>
        <source>PST size limit</source>
        <translation>Größenbegrenzung der PST-Dateien</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Select at least one OneDrive to restore.</source>
        <translation>Wählen Sie mindestens ein OneDrive zur Wiederherstellung aus.</translation>
    </message>
    <message>
        <source>One of the selected OneDrives has no ID.</source>
        <translation>Eines der ausgewählten OneDrives hat keine ID.</translation>
    </message>
    <message>
        <source>OneDrives</source>
        <translation>OneDrives</translation>
    </message>
    <message>
        <source>Skip OneDrives whose owner cannot be resolved</source>
        <translation>OneDrives ohne auflösbaren Besitzer überspringen</translation>
    </message>
    <message>
        <source>Select at least one mailbox to restore.</source>
        <translation>Wählen Sie mindestens ein Postfach zur Wiederherstellung aus.</translation>
    </message>
    <message>
        <source>One of the selected mailboxes has no ID.</source>
        <translation>Eines der ausgewählten Postfächer hat keine ID.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Skip mailboxes whose owner cannot be resolved</source>
        <translation>Postfächer ohne auflösbaren Besitzer überspringen</translation>
    </message>
    <message>
        <source>mailbox address</source>
        <translation>Postfachadresse</translation>
    </message>
    <message>
        <source>sender&apos;s address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>list of recipients</source>
        <translation>Empfängerliste</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server&apos;s login reply could not be used: %1 The address may not belong to a Veeam Backup for Microsoft 365 REST API, or a proxy changed the reply.</source>
        <translation>Die Antwort des Servers auf die Anmeldung ist unbrauchbar: %1 Die Adresse gehört möglicherweise nicht zu einer REST-Schnittstelle von Veeam Backup for Microsoft 365, oder ein Proxy hat die Antwort verändert.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>Sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>it contains no access token.</source>
        <translation>Sie enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>BrowseModels</name>
    <message>
        <source>The connection to the server has been closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server announced more entries but sent none.</source>
        <translation>Der Server hat weitere Einträge angekündigt, aber keine gesendet.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>Laden fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the password</source>
        <translation>Das Kennwort</translation>
    </message>
    <message>
        <source>the sign-in token</source>
        <translation>Das Anmeldetoken</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <source>Could not read %1 from the system keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1 in the system keychain: %2</source>
        <translation>%1 konnte nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1 from the system keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it may be locked): passwords are kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems antwortet nicht (er ist vielleicht gesperrt): Kennwörter werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords are kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Kennwörter werden nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anlagen:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Item class:</source>
        <translation>Elementklasse:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Modified by:</source>
        <translation>Geändert von:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Server said:</source>
        <translation>Antwort des Servers:</translation>
    </message>
    <message>
        <source>Press Ctrl+R to try again.</source>
        <translation>Drücken Sie Strg+R, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Folder type:</source>
        <translation>Ordnertyp:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>Device codes are not available in this API version.</source>
        <translation>Gerätecodes sind in dieser API-Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server&apos;s list reply has no &quot;results&quot; array. It may not be a Veeam Backup for Microsoft 365 server, or it speaks a different API version.</source>
        <translation>Die Listenantwort des Servers enthält kein „results“-Array. Vielleicht ist es kein Server von Veeam Backup for Microsoft 365, oder er spricht eine andere API-Version.</translation>
    </message>
    <message>
        <source>The server&apos;s list reply is neither a JSON array nor a page object.</source>
        <translation>Die Listenantwort des Servers ist weder ein JSON-Array noch ein Seitenobjekt.</translation>
    </message>
    <message>
        <source>The server&apos;s list reply contains an entry that is not a JSON object.</source>
        <translation>Die Listenantwort des Servers enthält einen Eintrag, der kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>This action cannot be run on the selected items in this API version.</source>
        <translation>Diese Aktion kann in dieser API-Version nicht auf die ausgewählten Elemente angewendet werden.</translation>
    </message>
    <message>
        <source>The mailbox or OneDrive of the selected items is not known.</source>
        <translation>Das Postfach oder OneDrive der ausgewählten Elemente ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The item to act on is not fully identified (an id is missing).</source>
        <translation>Das Element ist nicht vollständig bestimmt (eine ID fehlt).</translation>
    </message>
    <message>
        <source>This action is not available for this kind of item.</source>
        <translation>Diese Aktion ist für diese Art von Element nicht verfügbar.</translation>
    </message>
    <message>
        <source>No restore session is open for this action.</source>
        <translation>Für diese Aktion ist keine Wiederherstellungssitzung geöffnet.</translation>
    </message>
    <message>
        <source>This action is not available for this kind of item in this API version.</source>
        <translation>Diese Aktion ist für diese Art von Element in dieser API-Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select at least one item for this action.</source>
        <translation>Wählen Sie für diese Aktion mindestens ein Element aus.</translation>
    </message>
</context>
<context>
    <name>DownloadState</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Preparing on server</source>
        <translation>Wird auf dem Server vorbereitet</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>The %1 is too long (%2 characters; at most %3). Check what was pasted.</source>
        <translation>Zu lang: %1 (%2 Zeichen; höchstens %3). Prüfen Sie, was eingefügt wurde.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Profile &quot;%1&quot;: %2 Automatic detection is used.</source>
        <translation>Profil „%1“: %2 Die automatische Erkennung wird verwendet.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the pinned certificate fingerprint is unreadable (%2); the certificate will be shown for confirmation again.</source>
        <translation>Profil „%1“: Der gespeicherte Zertifikatsfingerabdruck ist unlesbar (%2); das Zertifikat wird erneut zur Bestätigung angezeigt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; is not true or false; the password is not remembered.</source>
        <translation>Profil „%1“: „%2“ ist weder true noch false; das Kennwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the entry &quot;%2&quot; in the settings file is ignored; passwords and tokens are only kept in the system keychain. Remove it from the file.</source>
        <translation>Profil „%1“: Der Eintrag „%2“ in der Einstellungsdatei wird ignoriert; Kennwörter und Tokens werden nur im Schlüsselbund des Systems aufbewahrt. Entfernen Sie ihn aus der Datei.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read completely; some server profiles may be missing.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht vollständig gelesen werden; einige Serverprofile fehlen möglicherweise.</translation>
    </message>
    <message>
        <source>Skipped the settings entry &quot;%1&quot;: it is not a profile identifier.</source>
        <translation>Einstellungseintrag „%1“ übersprungen: Er ist keine Profilkennung.</translation>
    </message>
    <message>
        <source>Skipped the server profile %1: %2</source>
        <translation>Serverprofil %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>A server profile with this identifier exists already.</source>
        <translation>Ein Serverprofil mit dieser Kennung ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The server profile &quot;%1&quot; does not exist (any more).</source>
        <translation>Das Serverprofil „%1“ ist nicht (mehr) vorhanden.</translation>
    </message>
    <message>
        <source>The server profile does not exist (any more).</source>
        <translation>Das Serverprofil ist nicht (mehr) vorhanden.</translation>
    </message>
    <message>
        <source>The server profiles could not be saved to %1: the file or its folder is not writable.</source>
        <translation>Die Serverprofile konnten nicht in %1 gespeichert werden: Die Datei oder ihr Ordner ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>mail folder</source>
        <translation>E-Mail-Ordner</translation>
    </message>
    <message>
        <source>mail item</source>
        <translation>E-Mail-Element</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>OneDrive folder</source>
        <translation>OneDrive-Ordner</translation>
    </message>
    <message>
        <source>OneDrive document</source>
        <translation>OneDrive-Dokument</translation>
    </message>
    <message>
        <source>document version</source>
        <translation>Dokumentversion</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>restore session organization</source>
        <translation>Organisation der Wiederherstellungssitzung</translation>
    </message>
    <message>
        <source>The server sent a %1 without an id; it cannot be shown or restored.</source>
        <translation>Der Server hat ein Objekt vom Typ „%1“ ohne ID gesendet; es kann weder angezeigt noch wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>restore session</source>
        <translation>Wiederherstellungssitzung</translation>
    </message>
    <message>
        <source>session event</source>
        <translation>Sitzungsereignis</translation>
    </message>
    <message>
        <source>The server accepted the restore but did not say which session to follow.</source>
        <translation>Der Server hat die Wiederherstellung angenommen, aber nicht mitgeteilt, welche Sitzung zu verfolgen ist.</translation>
    </message>
    <message>
        <source>The server&apos;s reply to the restore contains no result counters.</source>
        <translation>Die Antwort des Servers auf die Wiederherstellung enthält keine Ergebniszähler.</translation>
    </message>
</context>
<context>
    <name>SearchCriteria</name>
    <message>
        <source>Enter at least one search criterion.</source>
        <translation>Geben Sie mindestens ein Suchkriterium ein.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Das Enddatum %1 liegt vor dem Startdatum %2.</translation>
    </message>
    <message>
        <source>To, subject and attachments are criteria of mail; this search looks for documents.</source>
        <translation>Empfänger, Betreff und Anlagen sind Kriterien für E-Mails; diese Suche sucht nach Dokumenten.</translation>
    </message>
    <message>
        <source>File name and type are criteria of documents; this search looks for mail.</source>
        <translation>Dateiname und Dateityp sind Kriterien für Dokumente; diese Suche sucht nach E-Mails.</translation>
    </message>
    <message>
        <source>A criterion holds only quotes; enter a value or clear it.</source>
        <translation>Ein Kriterium enthält nur Anführungszeichen; geben Sie einen Wert ein oder leeren Sie es.</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>free-text search</source>
        <translation>Freitextsuche</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>Dateityp</translation>
    </message>
</context>
<context>
    <name>SearchHistory</name>
    <message>
        <source>Give the saved search a name.</source>
        <translation>Geben Sie der gespeicherten Suche einen Namen.</translation>
    </message>
    <message>
        <source>There is no query to save.</source>
        <translation>Es gibt keine Suchanfrage zum Speichern.</translation>
    </message>
    <message>
        <source>name of the saved search</source>
        <translation>Name der gespeicherten Suche</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The server profile has no identifier.</source>
        <translation>Das Serverprofil hat keine Kennung.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not valid: %1</source>
        <translation>Der gespeicherte Zertifikatsfingerabdruck ist ungültig: %1</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://vb365.example.com:4443.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://vb365.example.com:4443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Enter the host name or IP address of the server, for example https://vb365.example.com:4443.</source>
        <translation>„%1“ ist keine gültige Serveradresse. Geben Sie den Hostnamen oder die IP-Adresse des Servers ein, zum Beispiel https://vb365.example.com:4443.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://); &quot;%1&quot; is not supported.</source>
        <translation>Die Serveradresse muss mit https:// (oder http://) beginnen; „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; has no host name.</source>
        <translation>Die Serveradresse „%1“ enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the server address; enter them when you log in.</source>
        <translation>Schreiben Sie Benutzername und Kennwort nicht in die Serveradresse; geben Sie sie bei der Anmeldung ein.</translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Die Serveradresse darf weder „?“ noch „#“ enthalten.</translation>
    </message>
    <message>
        <source>Unknown API version &quot;%1&quot;; use auto, v5, v6, v7 or v8.</source>
        <translation>Unbekannte API-Version „%1“; verwenden Sie auto, v5, v6, v7 oder v8.</translation>
    </message>
</context>
<context>
    <name>SessionListDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>SharePoint</source>
        <translation>SharePoint</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for the server&apos;s identity (Veeam servers use such a certificate by default).</source>
        <translation>Das Zertifikat ist selbst signiert: Keine Zertifizierungsstelle bürgt für die Identität des Servers (Veeam-Server verwenden standardmäßig ein solches Zertifikat).</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust (%1).</source>
        <translation>Das Zertifikat wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut (%1).</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig; prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate was issued for %1, not for the address you connected to.</source>
        <translation>Das Zertifikat wurde für %1 ausgestellt, nicht für die Adresse, mit der Sie sich verbunden haben.</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>Das Zertifikat wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>The certificate is on the list of known compromised certificates.</source>
        <translation>Das Zertifikat steht auf der Liste bekanntermaßen kompromittierter Zertifikate.</translation>
    </message>
    <message>
        <source>The server did not present a certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>The fingerprint is empty.</source>
        <translation>Der Fingerabdruck ist leer.</translation>
    </message>
    <message>
        <source>The fingerprint contains &quot;%1&quot;; only hexadecimal digits (0-9, a-f), optionally separated by colons or spaces, are allowed.</source>
        <translation>Der Fingerabdruck enthält „%1“; erlaubt sind nur Hexadezimalziffern (0-9, a-f), wahlweise durch Doppelpunkte oder Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>This looks like a SHA-1 fingerprint (40 digits); the SHA-256 fingerprint (64 digits) is needed.</source>
        <translation>Das sieht nach einem SHA-1-Fingerabdruck aus (40 Ziffern); benötigt wird der SHA-256-Fingerabdruck (64 Ziffern).</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits; this one has %1.</source>
        <translation>Ein SHA-256-Fingerabdruck hat 64 Hexadezimalziffern; dieser hat %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and restore Veeam Backup for Microsoft 365 backups.</source>
        <translation>Sicherungen von Veeam Backup for Microsoft 365 durchsuchen und wiederherstellen.</translation>
    </message>
    <message>
        <source>Start a local demo server (vb365-emulator) and connect to it.</source>
        <translation>Einen lokalen Demoserver (vb365-emulator) starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (used by smoke tests).</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden (für Rauchtests).</translation>
    </message>
    <message>
        <source>Show the user interface in &lt;language&gt; (%1, or &quot;system&quot; for the system locale) for this run.</source>
        <translation>Die Benutzeroberfläche bei diesem Start in &lt;language&gt; anzeigen (%1 oder „system“ für die Spracheinstellung des Systems).</translation>
    </message>
    <message>
        <source>Render the documentation screenshots into &lt;dir&gt; (with --demo).</source>
        <translation>Die Bildschirmfotos der Dokumentation nach &lt;dir&gt; schreiben (mit --demo).</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after erwartet eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--language %1: use one of %2, or &quot;system&quot;.</source>
        <translation>--language %1: Verwenden Sie eine von %2 oder „system“.</translation>
    </message>
    <message>
        <source>--screenshot works with --demo only.</source>
        <translation>--screenshot funktioniert nur mit --demo.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Demoserver</translation>
    </message>
    <message>
        <source>The demo was not connected after %1 ms.</source>
        <translation>Die Demo war nach %1 ms nicht verbunden.</translation>
    </message>
    <message>
        <source>Print &quot;first-paint&quot; when the window is first painted, then quit (benchmarks).</source>
        <translation>„first-paint“ ausgeben, sobald das Fenster zum ersten Mal gezeichnet ist, dann beenden (Messungen).</translation>
    </message>
</context>
<context>
    <name>re::ApiBrowseSource</name>
    <message>
        <source>This list cannot be shown in the browser.</source>
        <translation>Diese Liste kann in der Ansicht nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>re::ApiClient</name>
    <message>
        <source>Expected a JSON object, but the reply is empty or a list.</source>
        <translation>Ein JSON-Objekt wurde erwartet, aber die Antwort ist leer oder eine Liste.</translation>
    </message>
    <message>
        <source>The API version of this server changed during the request.</source>
        <translation>Die API-Version dieses Servers hat sich während der Anfrage geändert.</translation>
    </message>
</context>
<context>
    <name>re::ApiJob</name>
    <message>
        <source>the reply ended after %1 of %2 bytes</source>
        <translation>die Antwort endete nach %1 von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>re::BackupTreeModel</name>
    <message>
        <source>The server answered with a different kind of data than was asked for.</source>
        <translation>Der Server hat mit anderen Daten geantwortet als angefragt.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geöffnet am %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>OneDrives</source>
        <translation>OneDrives</translation>
    </message>
    <message>
        <source>%1 (found by search, shown ahead of the page that lists it)</source>
        <translation>%1 (durch die Suche gefunden, vor der Seite angezeigt, die es auflistet)</translation>
    </message>
</context>
<context>
    <name>re::DownloadJob</name>
    <message>
        <source>The API version of the server is not known yet; connect first.</source>
        <translation>Die API-Version des Servers ist noch unbekannt; verbinden Sie sich zuerst.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose another folder.</source>
        <translation>Der Ordner „%1“ existiert nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <translation>Im Ordner „%1“ kann keine Datei angelegt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Not enough free disk space in &quot;%1&quot;: the file needs %2, only %3 are free. Free some space or choose another folder.</source>
        <translation>Nicht genug freier Speicherplatz in „%1“: Die Datei braucht %2, frei sind nur %3. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk is full: cannot write &quot;%1&quot;. Free some space or choose another folder.</source>
        <translation>Der Datenträger ist voll: „%1“ kann nicht geschrieben werden. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The download request could not be sent.</source>
        <translation>Die Download-Anfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The server stopped sending data for %1.</source>
        <translation>Der Server hat für %1 keine Daten mehr gesendet.</translation>
    </message>
    <message>
        <source>The server did not start sending the file within %1.</source>
        <translation>Der Server hat nicht innerhalb von %1 begonnen, die Datei zu senden.</translation>
    </message>
    <message>
        <source>The server answered the resume request with a different part of the file.</source>
        <translation>Der Server hat die Fortsetzungsanfrage mit einem anderen Teil der Datei beantwortet.</translation>
    </message>
    <message>
        <source>The connection ended after %1 of %2.</source>
        <translation>Die Verbindung endete nach %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>%1 Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot give the downloaded file its name in &quot;%1&quot;: %2</source>
        <translation>Die heruntergeladene Datei kann in „%1“ nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server answered with a JSON document instead of the file, so nothing was saved. The server may run a REST API version this program does not expect; check the API version chosen for this server.</source>
        <translation>Der Server hat statt der Datei ein JSON-Dokument gesendet, daher wurde nichts gespeichert. Vielleicht läuft auf dem Server eine Version der REST-Schnittstelle, die dieses Programm nicht erwartet; prüfen Sie die für diesen Server gewählte API-Version.</translation>
    </message>
    <message>
        <source>Renewing the login to the server.</source>
        <translation>Die Anmeldung am Server wird erneuert.</translation>
    </message>
</context>
<context>
    <name>re::ItemListModel</name>
    <message>
        <source>The server answered with a different kind of data than was asked for.</source>
        <translation>Der Server hat mit anderen Daten geantwortet als angefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anlage</numerusform>
            <numerusform>%n Anlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>re::errors</name>
    <message>
        <source>Check the address and port and that the Veeam Backup for Microsoft 365 REST API service is running.</source>
        <translation>Prüfen Sie Adresse und Port und ob der Dienst der REST-Schnittstelle von Veeam Backup for Microsoft 365 läuft.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid. Check the values you entered.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt. Prüfen Sie Ihre Eingaben.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Log in again.</source>
        <translation>Ihre Sitzung auf dem Server ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this on %1. Ask the server&apos;s administrator for the needed Veeam Backup for Microsoft 365 role.</source>
        <translation>Ihr Konto darf dies auf %1 nicht. Bitten Sie den Administrator des Servers um die nötige Rolle in Veeam Backup for Microsoft 365.</translation>
    </message>
    <message>
        <source>The server does not know this item or address. It may have been removed, or the restore session may have ended; refresh the view and try again.</source>
        <translation>Der Server kennt dieses Element oder diese Adresse nicht. Es wurde vielleicht entfernt, oder die Wiederherstellungssitzung ist beendet; aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not offer this operation at this address. The server may run a different version of the REST API than the one chosen for it.</source>
        <translation>Der Server bietet diesen Vorgang unter dieser Adresse nicht an. Vielleicht läuft auf dem Server eine andere Version der REST-Schnittstelle als die für ihn gewählte.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again later.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused because of a conflicting operation. Wait for it to finish and try again.</source>
        <translation>Der Server hat wegen eines widersprechenden Vorgangs abgelehnt. Warten Sie, bis dieser beendet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 is busy or unavailable at the moment. Try again in a few minutes.</source>
        <translation>Der Server %1 ist zurzeit ausgelastet oder nicht erreichbar. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>A gateway or proxy between you and %1 could not reach the server. Try again; if it keeps happening, check the network path to the server.</source>
        <translation>Ein Gateway oder Proxy zwischen Ihnen und %1 hat den Server nicht erreicht. Versuchen Sie es erneut; tritt der Fehler weiter auf, prüfen Sie den Netzwerkweg zum Server.</translation>
    </message>
    <message>
        <source>The server %1 ran into a problem while handling the request. Try again; if it keeps happening, check the Veeam Backup for Microsoft 365 REST API log on the server.</source>
        <translation>Beim Server %1 ist während der Bearbeitung der Anfrage ein Problem aufgetreten. Versuchen Sie es erneut; tritt der Fehler weiter auf, prüfen Sie das Protokoll der REST-Schnittstelle von Veeam Backup for Microsoft 365 auf dem Server.</translation>
    </message>
    <message>
        <source>The server refused the request. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Der Server hat die Anfrage abgelehnt. Versuchen Sie es erneut; tritt der Fehler weiter auf, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found. Check the spelling of the address and your network or DNS settings.</source>
        <translation>Der Servername „%1“ wurde nicht gefunden. Prüfen Sie die Schreibweise der Adresse und Ihre Netzwerk- oder DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. %2</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt. %2</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the network and any firewall between you and the server, then try again.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1. Prüfen Sie das Netzwerk und jede Firewall zwischen Ihnen und dem Server und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2). Check that the address uses https and the REST API port, and that the server&apos;s certificate is valid.</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht hergestellt werden (%2). Prüfen Sie, ob die Adresse https und den Port der REST-Schnittstelle verwendet und ob das Zertifikat des Servers gültig ist.</translation>
    </message>
    <message>
        <source>The proxy server could not connect to %1 (%2). Check the proxy settings of this computer.</source>
        <translation>Der Proxyserver konnte sich nicht mit %1 verbinden (%2). Prüfen Sie die Proxy-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the server finished answering (%2). Try again; if it keeps happening, check the network and the server.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor der Server fertig geantwortet hatte (%2). Versuchen Sie es erneut; tritt der Fehler weiter auf, prüfen Sie Netzwerk und Server.</translation>
    </message>
    <message>
        <source>The server %1 redirected the request in a way that cannot be followed (%2). Check that the address points at the REST API itself.</source>
        <translation>Der Server %1 hat die Anfrage auf eine Weise umgeleitet, der nicht gefolgt werden kann (%2). Prüfen Sie, ob die Adresse direkt auf die REST-Schnittstelle zeigt.</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2). Try again; if it keeps happening, check the network and the server.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen (%2). Versuchen Sie es erneut; tritt der Fehler weiter auf, prüfen Sie Netzwerk und Server.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. %2</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet. %2</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot; (HTTP status %2). %3</source>
        <translation>Der Server meldet: „%1“ (HTTP-Status %2). %3</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds. Check the address, the network and any firewall between you and the server.</source>
        <translation>Innerhalb von %2 Sekunden konnte keine Verbindung zu %1 hergestellt werden. Prüfen Sie die Adresse, das Netzwerk und jede Firewall zwischen Ihnen und dem Server.</translation>
    </message>
    <message>
        <source>The server %1 accepted the request but did not answer within %2 seconds. It may be busy; try again later.</source>
        <translation>Der Server %1 hat die Anfrage angenommen, aber nicht innerhalb von %2 Sekunden geantwortet. Vielleicht ist er ausgelastet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 stopped sending data for %2 seconds. The connection may have been lost; try again.</source>
        <translation>Der Server %1 hat %2 Sekunden lang keine Daten gesendet. Die Verbindung ist vielleicht abgebrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 sent a reply that is not valid JSON (%2 at character %3).</source>
        <translation>Der Server %1 hat eine Antwort gesendet, die kein gültiges JSON ist (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>It sent &quot;%1&quot; instead; a proxy or another web service may be answering at this address.</source>
        <translation>Stattdessen kam „%1“; vielleicht antwortet unter dieser Adresse ein Proxy oder ein anderer Webdienst.</translation>
    </message>
    <message>
        <source>Check that the address points at the Veeam Backup for Microsoft 365 REST API, then try again.</source>
        <translation>Prüfen Sie, ob die Adresse auf die REST-Schnittstelle von Veeam Backup for Microsoft 365 zeigt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood: %1 The server may run a REST API version this program does not expect; check the API version chosen for this server.</source>
        <translation>Die Antwort des Servers ist unverständlich: %1 Vielleicht läuft auf dem Server eine Version der REST-Schnittstelle, die dieses Programm nicht erwartet; prüfen Sie die für diesen Server gewählte API-Version.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Compare its fingerprint with the one the server&apos;s administrator gives you before you trust it for this server.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt, bevor Sie ihm für diesen Server vertrauen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted for this server. Someone may be intercepting the connection. Do not continue unless the server&apos;s administrator confirms a new certificate; then trust the new one in the server&apos;s settings.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem Sie für diesen Server vertraut haben. Möglicherweise hört jemand die Verbindung ab. Fahren Sie nur fort, wenn der Administrator des Servers ein neues Zertifikat bestätigt; vertrauen Sie dann dem neuen in den Einstellungen des Servers.</translation>
    </message>
    <message>
        <source>You are not logged in to the server. Log in first.</source>
        <translation>Sie sind nicht am Server angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The login to the server is being renewed. Try again in a moment.</source>
        <translation>Die Anmeldung am Server wird gerade erneuert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Kennwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Er meldet: „%1“.</translation>
    </message>
    <message>
        <source>Check them (a Windows account is written DOMAIN\user) and try again.</source>
        <translation>Prüfen Sie beides (ein Windows-Konto schreibt man DOMÄNE\Benutzer) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No API version has been chosen for this server yet. Connect first, or choose a version in the server&apos;s settings.</source>
        <translation>Für diesen Server ist noch keine API-Version gewählt. Verbinden Sie sich zuerst oder wählen Sie eine Version in den Einstellungen des Servers.</translation>
    </message>
    <message>
        <source>This operation cannot be sent to the server as requested. Check the selection and try again.</source>
        <translation>Dieser Vorgang kann so nicht an den Server gesendet werden. Prüfen Sie die Auswahl und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not offer a Veeam Backup for Microsoft 365 REST API version this program supports (v5 to v8). Check the address and port (the REST API&apos;s default port is 4443).</source>
        <translation>%1 bietet keine Version der REST-Schnittstelle von Veeam Backup for Microsoft 365 an, die dieses Programm unterstützt (v5 bis v8). Prüfen Sie Adresse und Port (der Standardport der REST-Schnittstelle ist 4443).</translation>
    </message>
</context>
<context>
    <name>re::ui::ActionController</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore, copy, send or export the selection</source>
        <translation>Die Auswahl wiederherstellen, kopieren, senden oder exportieren</translation>
    </message>
    <message>
        <source>Restore &amp;Log…</source>
        <translation>Wiederherstellungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>Show every restore, copy and send run from this computer (%1)</source>
        <translation>Jede Wiederherstellung, Kopie und Sendung von diesem Computer anzeigen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Element</numerusform>
            <numerusform>%n ausgewählte Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions for this node</source>
        <translation>Keine Aktionen für diesen Knoten</translation>
    </message>
    <message>
        <source>No actions for the selected items</source>
        <translation>Keine Aktionen für die ausgewählten Elemente</translation>
    </message>
    <message>
        <source>Select a mailbox, folder, OneDrive or items first</source>
        <translation>Wählen Sie zuerst ein Postfach, einen Ordner, ein OneDrive oder Elemente aus</translation>
    </message>
    <message>
        <source>Not connected: &quot;%1&quot; was not sent.</source>
        <translation>Nicht verbunden: „%1“ wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>re::ui::ActionWizard</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>re::ui::BulkMailboxOptionsPage</name>
    <message>
        <source>Mailbox options</source>
        <translation>Postfachoptionen</translation>
    </message>
    <message>
        <source>Which items are written back into the mailboxes.</source>
        <translation>Welche Elemente in die Postfächer zurückgeschrieben werden.</translation>
    </message>
    <message>
        <source>Exchange &amp;server:</source>
        <translation>Exchange-&amp;Server:</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s default</source>
        <translation>Leer: die Vorgabe des Servers</translation>
    </message>
</context>
<context>
    <name>re::ui::BulkPickerPage</name>
    <message>
        <source>OneDrives</source>
        <translation>OneDrives</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Check the OneDrives to restore to their original location.</source>
        <translation>Markieren Sie die OneDrives, die am ursprünglichen Speicherort wiederhergestellt werden sollen.</translation>
    </message>
    <message>
        <source>Check the mailboxes to restore to their original location.</source>
        <translation>Markieren Sie die Postfächer, die am ursprünglichen Speicherort wiederhergestellt werden sollen.</translation>
    </message>
    <message>
        <source>OneDrives to restore</source>
        <translation>Wiederherzustellende OneDrives</translation>
    </message>
    <message>
        <source>Mailboxes to restore</source>
        <translation>Wiederherzustellende Postfächer</translation>
    </message>
    <message>
        <source>&amp;Skip those whose owner cannot be resolved</source>
        <translation>Solche ohne auflösbaren Besitzer &amp;überspringen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This restore session lists none.</source>
        <translation>Diese Wiederherstellungssitzung enthält keine.</translation>
    </message>
    <message numerus="yes">
        <source>%n listed in this restore session.</source>
        <translation>
            <numerusform>%n in dieser Wiederherstellungssitzung aufgeführt.</numerusform>
            <numerusform>%n in dieser Wiederherstellungssitzung aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::ui::ConnectDialog</name>
    <message>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Some saved profiles could not be read:
%1</source>
        <translation>Einige gespeicherte Profile konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Server &amp;profiles:</source>
        <translation>Server&amp;profile:</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New server profile</source>
        <translation>Neues Serverprofil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove server profile</source>
        <translation>Serverprofil entfernen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Optional; the server address by default</source>
        <translation>Optional; standardmäßig die Serveradresse</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>vb365.example.com or https://host:4443</source>
        <translation>vb365.example.com oder https://host:4443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Automatic (newest the server offers)</source>
        <translation>Automatisch (die neueste, die der Server anbietet)</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>&amp;API-Version:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>DOMAIN\operator or operator@example.com</source>
        <translation>DOMÄNE\bediener oder bediener@example.com</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>R&amp;emember password in the system keychain</source>
        <translation>Kennwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Kennwort merken</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Remove Server Profile</source>
        <translation>Serverprofil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its remembered password and trusted certificate are forgotten too. Restore sessions on the server are not affected.</source>
        <translation>Das gemerkte Kennwort und das vertraute Zertifikat werden ebenfalls vergessen. Wiederherstellungssitzungen auf dem Server sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Enter the user name of a Veeam Backup for Microsoft 365 operator account.</source>
        <translation>Geben Sie den Benutzernamen eines Bedienerkontos von Veeam Backup for Microsoft 365 ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>re::ui::CopyTargetPage</name>
    <message>
        <source>Target OneDrive</source>
        <translation>Ziel-OneDrive</translation>
    </message>
    <message>
        <source>The OneDrive and folder the data is copied to.</source>
        <translation>Das OneDrive und der Ordner, in die die Daten kopiert werden.</translation>
    </message>
    <message>
        <source>&amp;OneDrive:</source>
        <translation>&amp;OneDrive:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>Empty: the OneDrive&apos;s root</source>
        <translation>Leer: der Stammordner des OneDrive</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Latest version only</source>
        <translation>Nur die neueste Version</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Merge with the existing document</source>
        <translation>Mit dem vorhandenen Dokument zusammenführen</translation>
    </message>
    <message>
        <source>Overwrite the existing document</source>
        <translation>Das vorhandene Dokument überschreiben</translation>
    </message>
    <message>
        <source>&amp;Latest version:</source>
        <translation>&amp;Neueste Version:</translation>
    </message>
    <message>
        <source>Copy &amp;changed items</source>
        <translation>&amp;Geänderte Elemente kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;deleted items</source>
        <translation>Ge&amp;löschte Elemente kopieren</translation>
    </message>
    <message>
        <source>Restore &amp;permissions</source>
        <translation>&amp;Berechtigungen wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Notify about shared links</source>
        <translation>Über freigegebene &amp;Links benachrichtigen</translation>
    </message>
    <message>
        <source>Loading the OneDrives of this restore session…</source>
        <translation>Die OneDrives dieser Wiederherstellungssitzung werden geladen…</translation>
    </message>
    <message>
        <source>The OneDrives could not be loaded: %1</source>
        <translation>Die OneDrives konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This restore session has no OneDrives.</source>
        <translation>Diese Wiederherstellungssitzung enthält keine OneDrives.</translation>
    </message>
    <message numerus="yes">
        <source>%n OneDrive(s) in this restore session.</source>
        <translation>
            <numerusform>%n OneDrive in dieser Wiederherstellungssitzung.</numerusform>
            <numerusform>%n OneDrives in dieser Wiederherstellungssitzung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::ui::CredentialsPage</name>
    <message>
        <source>Restore account</source>
        <translation>Wiederherstellungskonto</translation>
    </message>
    <message>
        <source>The account the backup server signs in with to write the restored data.</source>
        <translation>Das Konto, mit dem sich der Sicherungsserver anmeldet, um die wiederhergestellten Daten zu schreiben.</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>Microsoft 365 account and password</source>
        <translation>Microsoft-365-Konto und Kennwort</translation>
    </message>
    <message>
        <source>Device code (modern authentication, MFA)</source>
        <translation>Gerätecode (moderne Authentifizierung, MFA)</translation>
    </message>
    <message>
        <source>On-premises account and password</source>
        <translation>Lokales Konto und Kennwort</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>admin@example.onmicrosoft.com</source>
        <translation>admin@example.onmicrosoft.com</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>R&amp;emember this account in the keychain</source>
        <translation>Dieses Konto im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember this account in the keychain</source>
        <translation>Dieses Konto im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Request &amp;Code</source>
        <translation>&amp;Code anfordern</translation>
    </message>
    <message>
        <source>Request a device code</source>
        <translation>Einen Gerätecode anfordern</translation>
    </message>
    <message>
        <source>Asking the server for a device code…</source>
        <translation>Gerätecode wird beim Server angefordert…</translation>
    </message>
    <message>
        <source>No device code: %1</source>
        <translation>Kein Gerätecode: %1</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;, then continue here.%3</source>
        <translation>Öffnen Sie &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, geben Sie den Code &lt;b&gt;%2&lt;/b&gt; ein und fahren Sie dann hier fort.%3</translation>
    </message>
</context>
<context>
    <name>re::ui::DemoServer</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demoserver konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1). %2</source>
        <translation>Der Demoserver hat sich beendet, bevor er bereit war (Exit-Code %1). %2</translation>
    </message>
    <message>
        <source>RE_EMULATOR names &quot;%1&quot;, which is not an executable file.</source>
        <translation>RE_EMULATOR nennt „%1“, das ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>The demo needs the vb365-emulator program, which was not found (looked at: %1). Build it with &quot;cmake --build &lt;build dir&gt; --target vb365-emulator&quot; or set RE_EMULATOR to its path.</source>
        <translation>Die Demo braucht das Programm vb365-emulator, das nicht gefunden wurde (gesucht in: %1). Bauen Sie es mit „cmake --build &lt;build dir&gt; --target vb365-emulator“ oder setzen Sie RE_EMULATOR auf seinen Pfad.</translation>
    </message>
    <message>
        <source>The demo server did not get ready within %1 seconds.</source>
        <translation>Der Demoserver war nicht innerhalb von %1 Sekunden bereit.</translation>
    </message>
    <message>
        <source>The demo server&apos;s start-up output was incomplete (no address, user or certificate).</source>
        <translation>Die Startausgabe des Demoservers war unvollständig (keine Adresse, kein Benutzer oder kein Zertifikat).</translation>
    </message>
</context>
<context>
    <name>re::ui::DocumentOptionsPage</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Choose what is written back and what happens to documents that still exist.</source>
        <translation>Wählen Sie, was zurückgeschrieben wird und was mit noch vorhandenen Dokumenten geschieht.</translation>
    </message>
    <message>
        <source>Latest version only</source>
        <translation>Nur die neueste Version</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>Keep the existing document and restore beside it as RESTORED-&lt;name&gt;</source>
        <translation>Das vorhandene Dokument behalten und daneben als RESTORED-&lt;name&gt; wiederherstellen</translation>
    </message>
    <message>
        <source>Overwrite the existing document</source>
        <translation>Das vorhandene Dokument überschreiben</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>If the document &amp;exists:</source>
        <translation>Wenn das Dokument &amp;existiert:</translation>
    </message>
    <message>
        <source>If the document exists</source>
        <translation>Wenn das Dokument existiert</translation>
    </message>
</context>
<context>
    <name>re::ui::DownloadListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>re::ui::DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>C&amp;lear Ended</source>
        <translation>Beendete &amp;entfernen</translation>
    </message>
    <message>
        <source>Download notice</source>
        <translation>Download-Hinweis</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: no program is set up to open it.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Kein Programm ist zum Öffnen eingerichtet.</translation>
    </message>
</context>
<context>
    <name>re::ui::DraftPage</name>
    <message>
        <source>Restore &amp;changed items</source>
        <translation>&amp;Geänderte Elemente wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;deleted items</source>
        <translation>Ge&amp;löschte Elemente wiederherstellen</translation>
    </message>
    <message>
        <source>Mark restored items as &amp;unread</source>
        <translation>Wiederhergestellte Elemente als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Exclude D&amp;rafts</source>
        <translation>Ordner „Ent&amp;würfe“ ausschließen</translation>
    </message>
    <message>
        <source>Exclude Deleted &amp;Items</source>
        <translation>Ordner „Gelöschte &amp;Elemente“ ausschließen</translation>
    </message>
    <message>
        <source>Exclude In-&amp;Place Hold items</source>
        <translation>&amp;In-Place-Hold-Elemente ausschließen</translation>
    </message>
    <message>
        <source>Exclude &amp;Litigation Hold items</source>
        <translation>&amp;Litigation-Hold-Elemente ausschließen</translation>
    </message>
</context>
<context>
    <name>re::ui::ExploreDialog</name>
    <message>
        <source>Explore Organization</source>
        <translation>Organisation erkunden</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>not stated by the server</source>
        <translation>vom Server nicht angegeben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Latest</source>
        <translation>&amp;Neuester</translation>
    </message>
    <message>
        <source>Use the latest restore point</source>
        <translation>Den neuesten Wiederherstellungspunkt verwenden</translation>
    </message>
    <message>
        <source>&amp;Point in time:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Exchange (mailboxes)</source>
        <translation>Exchange (Postfächer)</translation>
    </message>
    <message>
        <source>OneDrive for Business</source>
        <translation>OneDrive for Business</translation>
    </message>
    <message>
        <source>SharePoint</source>
        <translation>SharePoint</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Show &amp;deleted items</source>
        <translation>Ge&amp;löschte Elemente anzeigen</translation>
    </message>
    <message>
        <source>Show deleted items</source>
        <translation>Gelöschte Elemente anzeigen</translation>
    </message>
    <message>
        <source>Show all &amp;versions</source>
        <translation>Alle &amp;Versionen anzeigen</translation>
    </message>
    <message>
        <source>Show all versions</source>
        <translation>Alle Versionen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <source>This organization has not been backed up yet, so there is no restore point to explore. Run a backup job for it first.</source>
        <translation>Diese Organisation wurde noch nicht gesichert, daher gibt es keinen Wiederherstellungspunkt zum Erkunden. Lassen Sie zuerst einen Sicherungsauftrag für sie laufen.</translation>
    </message>
    <message>
        <source>The latest restore point is explored.</source>
        <translation>Der neueste Wiederherstellungspunkt wird erkundet.</translation>
    </message>
    <message>
        <source>The restore point closest before this time is explored.</source>
        <translation>Der letzte Wiederherstellungspunkt vor diesem Zeitpunkt wird erkundet.</translation>
    </message>
    <message>
        <source>The session is opened and its events are shown; browsing SharePoint and Teams content comes with a later version.</source>
        <translation>Die Sitzung wird geöffnet und ihre Ereignisse werden angezeigt; das Durchsuchen von SharePoint- und Teams-Inhalten folgt in einer späteren Version.</translation>
    </message>
</context>
<context>
    <name>re::ui::ExplorerApp</name>
    <message>
        <source>Log In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your session on the server has ended.</source>
        <translation>Ihre Sitzung auf dem Server ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>re::ui::FindBox</name>
    <message>
        <source>Find a mailbox or OneDrive</source>
        <translation>Postfach oder OneDrive suchen</translation>
    </message>
    <message>
        <source>Find a mailbox or OneDrive by name (Ctrl+Shift+F)</source>
        <translation>Postfach oder OneDrive nach Namen suchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Mailboxes and OneDrives found</source>
        <translation>Gefundene Postfächer und OneDrives</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Position %1 in the server&apos;s list</source>
        <translation>Position %1 in der Liste des Servers</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %Ln read so far</source>
        <translation>
            <numerusform>Suche … %Ln bisher gelesen</numerusform>
            <numerusform>Suche … %Ln bisher gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox or OneDrive matches “%1”.</source>
        <translation>Kein Postfach und kein OneDrive passt zu „%1“.</translation>
    </message>
    <message>
        <source>name to find</source>
        <translation>gesuchter Name</translation>
    </message>
</context>
<context>
    <name>re::ui::ItemSearchBar</name>
    <message>
        <source>Search items on the server</source>
        <translation>Elemente auf dem Server suchen</translation>
    </message>
    <message>
        <source>Search on the server, e.g. from:anna subject:&quot;q3 plan&quot; (Ctrl+Shift+S)</source>
        <translation>Auf dem Server suchen, z. B. from:anna subject:&quot;q3 plan&quot; (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Search scope</source>
        <translation>Suchbereich</translation>
    </message>
    <message>
        <source>&amp;Builder…</source>
        <translation>&amp;Assistent…</translation>
    </message>
    <message>
        <source>Build a search</source>
        <translation>Suche zusammenstellen</translation>
    </message>
    <message>
        <source>Write a query from common criteria: from, to, subject, dates, attachments, file name and type</source>
        <translation>Eine Suchanfrage aus üblichen Kriterien erstellen: Absender, Empfänger, Betreff, Datum, Anlagen, Dateiname und Dateityp</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>Letzte und gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>select a mailbox, OneDrive or folder to search</source>
        <translation>zum Suchen ein Postfach, OneDrive oder einen Ordner auswählen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation>(keine gespeichert)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save This Search…</source>
        <translation>Diese Suche speichern…</translation>
    </message>
    <message>
        <source>Clear Recent Searches</source>
        <translation>Letzte Suchen löschen</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <source>Type what to search for first, e.g. from:anna.</source>
        <translation>Geben Sie zuerst ein, wonach gesucht werden soll, z. B. from:anna.</translation>
    </message>
</context>
<context>
    <name>re::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Show the user interface in this language from the next start</source>
        <translation>Die Benutzeroberfläche ab dem nächsten Start in dieser Sprache anzeigen</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes when Restore Explorer starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Restore Explorer.</translation>
    </message>
</context>
<context>
    <name>re::ui::MailboxTargetPage</name>
    <message>
        <source>Target mailbox</source>
        <translation>Zielpostfach</translation>
    </message>
    <message>
        <source>Where the mail is written, and which items are included.</source>
        <translation>Wohin die E-Mails geschrieben werden und welche Elemente dazugehören.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Postfach:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s default folder</source>
        <translation>Leer: der Standardordner des Servers</translation>
    </message>
    <message>
        <source>Exchange &amp;server:</source>
        <translation>Exchange-&amp;Server:</translation>
    </message>
</context>
<context>
    <name>re::ui::MainWindow</name>
    <message>
        <source>Restore Explorer</source>
        <translation>Restore Explorer</translation>
    </message>
    <message>
        <source>Backup tree</source>
        <translation>Sicherungsbaum</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Elemente filtern</translation>
    </message>
    <message>
        <source>Filter the loaded items (Ctrl+F)</source>
        <translation>Die geladenen Elemente filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Current restore session</source>
        <translation>Aktuelle Wiederherstellungssitzung</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection to the server</source>
        <translation>Die Verbindung zum Server schließen</translation>
    </message>
    <message>
        <source>&amp;Explore…</source>
        <translation>&amp;Erkunden…</translation>
    </message>
    <message>
        <source>Open a restore session for the selected organization</source>
        <translation>Eine Wiederherstellungssitzung für die ausgewählte Organisation öffnen</translation>
    </message>
    <message>
        <source>Re&amp;attach Session…</source>
        <translation>Sitzung &amp;wieder aufnehmen…</translation>
    </message>
    <message>
        <source>Show restore sessions that already exist on the server</source>
        <translation>Wiederherstellungssitzungen anzeigen, die auf dem Server bereits bestehen</translation>
    </message>
    <message>
        <source>&amp;Stop Session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>End the selected restore session</source>
        <translation>Die ausgewählte Wiederherstellungssitzung beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the selected node and its items again</source>
        <translation>Den ausgewählten Knoten und seine Elemente neu laden</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Try the failed request again</source>
        <translation>Die fehlgeschlagene Anfrage erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Filter Items</source>
        <translation>Elemente &amp;filtern</translation>
    </message>
    <message>
        <source>Filter the items of the selected folder</source>
        <translation>Die Elemente des ausgewählten Ordners filtern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Tree</source>
        <translation>Zum &amp;Baum</translation>
    </message>
    <message>
        <source>Go to &amp;Items</source>
        <translation>Zu den E&amp;lementen</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Zu den &amp;Details</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Restore Explorer</source>
        <translation>Ü&amp;ber Restore Explorer</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Keine Sitzung ausgewählt</translation>
    </message>
    <message>
        <source>Loading items…</source>
        <translation>Elemente werden geladen…</translation>
    </message>
    <message>
        <source>This folder has no items.</source>
        <translation>Dieser Ordner enthält keine Elemente.</translation>
    </message>
    <message>
        <source>Loading the events…</source>
        <translation>Die Ereignisse werden geladen…</translation>
    </message>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>Die Ereignisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n events are shown.</source>
        <translation>
            <numerusform>Das erste Ereignis wird angezeigt.</numerusform>
            <numerusform>Die ersten %n Ereignisse werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the restore points of %1…</source>
        <translation>Die Wiederherstellungspunkte von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>The organization could not be read.</source>
        <translation>Die Organisation konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Opening a restore session for %1…</source>
        <translation>Wiederherstellungssitzung für %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The restore session could not be opened.</source>
        <translation>Die Wiederherstellungssitzung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Stop the restore session &quot;%1&quot;?</source>
        <translation>Die Wiederherstellungssitzung „%1“ beenden?</translation>
    </message>
    <message>
        <source>Anyone still browsing it, in this or another program, loses it.</source>
        <translation>Wer sie noch durchsucht, in diesem oder einem anderen Programm, verliert sie.</translation>
    </message>
    <message>
        <source>It disappears from the tree; anyone else browsing it loses it too.</source>
        <translation>Sie verschwindet aus dem Baum; wer sie sonst noch durchsucht, verliert sie ebenfalls.</translation>
    </message>
    <message>
        <source>The restore session could not be stopped.</source>
        <translation>Die Wiederherstellungssitzung konnte nicht beendet werden.</translation>
    </message>
    <message>
        <source>Quit Restore Explorer</source>
        <translation>Restore Explorer beenden</translation>
    </message>
    <message numerus="yes">
        <source>Stop the %n restore session(s) opened in this window?</source>
        <translation>
            <numerusform>Die in diesem Fenster geöffnete Wiederherstellungssitzung beenden?</numerusform>
            <numerusform>Die %n in diesem Fenster geöffneten Wiederherstellungssitzungen beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions left open stay on the server until it ends them; you can reattach them later.</source>
        <translation>Offen gelassene Sitzungen bleiben auf dem Server, bis er sie beendet; Sie können sie später wieder aufnehmen.</translation>
    </message>
    <message>
        <source>Stopping restore sessions…</source>
        <translation>Wiederherstellungssitzungen werden beendet…</translation>
    </message>
    <message>
        <source>About Restore Explorer</source>
        <translation>Über Restore Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore Explorer %1&lt;/b&gt;&lt;p&gt;Browse, restore and save data backed up by Veeam Backup for Microsoft 365.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Restore Explorer %1&lt;/b&gt;&lt;p&gt;Mit Veeam Backup for Microsoft 365 gesicherte Daten durchsuchen, wiederherstellen und speichern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find &amp;Mailbox or OneDrive</source>
        <translation>&amp;Postfach oder OneDrive suchen</translation>
    </message>
    <message>
        <source>Find a mailbox or OneDrive by name</source>
        <translation>Ein Postfach oder OneDrive nach Namen suchen</translation>
    </message>
    <message>
        <source>&amp;Search Items on the Server</source>
        <translation>Elemente auf dem &amp;Server suchen</translation>
    </message>
    <message>
        <source>Search the selected mailbox, OneDrive, folder or session on the server</source>
        <translation>Das ausgewählte Postfach, OneDrive, den Ordner oder die Sitzung auf dem Server durchsuchen</translation>
    </message>
</context>
<context>
    <name>re::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>re::ui::PstPage</name>
    <message>
        <source>Export to PST</source>
        <translation>Als PST exportieren</translation>
    </message>
    <message>
        <source>The server writes a PST file, which is then saved through the downloads panel.</source>
        <translation>Der Server schreibt eine PST-Datei, die dann über den Download-Bereich gespeichert wird.</translation>
    </message>
    <message>
        <source>Only items &amp;containing:</source>
        <translation>Nur Elemente, die &amp;Folgendes enthalten:</translation>
    </message>
    <message>
        <source>Empty: every item</source>
        <translation>Leer: alle Elemente</translation>
    </message>
    <message>
        <source>&amp;Split into PST files of at most</source>
        <translation>In PST-Dateien &amp;aufteilen, höchstens</translation>
    </message>
    <message>
        <source>Split into PST files of at most</source>
        <translation>In PST-Dateien aufteilen, höchstens</translation>
    </message>
    <message>
        <source>PST size limit in GB</source>
        <translation>Größenbegrenzung der PST-Dateien in GB</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
</context>
<context>
    <name>re::ui::RestoreLogDialog</name>
    <message>
        <source>Restore Log</source>
        <translation>Wiederherstellungsprotokoll</translation>
    </message>
    <message>
        <source>Restore log entries</source>
        <translation>Einträge des Wiederherstellungsprotokolls</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Export Restore Log</source>
        <translation>Wiederherstellungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The restore log could not be read: %1</source>
        <translation>Das Wiederherstellungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) in %1</source>
        <translation>
            <numerusform>%n Aktion in %1</numerusform>
            <numerusform>%n Aktionen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>(%n unlesbare Zeile übersprungen)</numerusform>
            <numerusform>(%n unlesbare Zeilen übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file was not written: %1</source>
        <translation>Die CSV-Datei wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>re::ui::RestoreLogModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>re::ui::RestoreRunDialog</name>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Events of this action</source>
        <translation>Ereignisse dieser Aktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Cancel Action</source>
        <translation>Aktion a&amp;bbrechen</translation>
    </message>
    <message>
        <source>A server that runs restores as sessions stops it; older servers may still finish what they started.</source>
        <translation>Ein Server, der Wiederherstellungen als Sitzungen ausführt, hält sie an; ältere Server führen Begonnenes eventuell noch zu Ende.</translation>
    </message>
    <message>
        <source>The server may still complete the action; check the session&apos;s events later.</source>
        <translation>Der Server schließt die Aktion eventuell noch ab; prüfen Sie später die Ereignisse der Sitzung.</translation>
    </message>
    <message>
        <source>The restore log could not be written: %1</source>
        <translation>Das Wiederherstellungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>re::ui::SaveController</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Save to…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>Show or hide the downloads (%1)</source>
        <translation>Die Downloads ein- oder ausblenden (%1)</translation>
    </message>
    <message>
        <source>Save the selected files, folders, mail items or mailboxes to a folder on this computer</source>
        <translation>Die ausgewählten Dateien, Ordner, E-Mail-Elemente oder Postfächer in einen Ordner auf diesem Computer speichern</translation>
    </message>
    <message>
        <source>Save to a folder (%1)</source>
        <translation>In einem Ordner speichern (%1)</translation>
    </message>
    <message>
        <source>Select a mailbox, mail folder, mail items, a OneDrive, a folder or documents to save.</source>
        <translation>Wählen Sie zum Speichern ein Postfach, einen E-Mail-Ordner, E-Mail-Elemente, ein OneDrive, einen Ordner oder Dokumente aus.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>This cannot be saved.</source>
        <translation>Dies kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Save &quot;%1&quot; to</source>
        <translation>„%1“ speichern unter</translation>
    </message>
    <message numerus="yes">
        <source>Save %n items to</source>
        <translation>
            <numerusform>%n Element speichern unter</numerusform>
            <numerusform>%n Elemente speichern unter</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to PST</source>
        <translation>Als PST exportieren</translation>
    </message>
    <message>
        <source>The export cannot be started.</source>
        <translation>Der Export kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n mail items</source>
        <translation>
            <numerusform>%n E-Mail-Element</numerusform>
            <numerusform>%n E-Mail-Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &quot;%1&quot; to</source>
        <translation>„%1“ exportieren nach</translation>
    </message>
    <message>
        <source>The download could not be started.</source>
        <translation>Der Download konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved in %2.</source>
        <translation>„%1“ wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Quit Restore Explorer</source>
        <translation>Restore Explorer beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) have not finished.</source>
        <translation>
            <numerusform>%n Download ist noch nicht abgeschlossen.</numerusform>
            <numerusform>%n Downloads sind noch nicht abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quitting cancels them and removes their partial files. Files already saved stay.</source>
        <translation>Beim Beenden werden sie abgebrochen und ihre unvollständigen Dateien entfernt. Bereits gespeicherte Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The download could not be recorded in the restore log: %1</source>
        <translation>Der Download konnte nicht im Wiederherstellungsprotokoll vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>They need this connection: disconnecting cancels them and removes their partial files. Files already saved stay.</source>
        <translation>Sie brauchen diese Verbindung: Beim Trennen werden sie abgebrochen und ihre unvollständigen Dateien entfernt. Bereits gespeicherte Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>re::ui::Screenshotter</name>
    <message>
        <source>Cannot create the screenshot folder %1.</source>
        <translation>Der Ordner für Bildschirmfotos %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>Zeitüberschreitung beim Warten auf %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the organizations</source>
        <translation>die Organisationen</translation>
    </message>
    <message>
        <source>The explore dialog closed too early.</source>
        <translation>Der Dialog zum Erkunden wurde zu früh geschlossen.</translation>
    </message>
    <message>
        <source>the restore session</source>
        <translation>die Wiederherstellungssitzung</translation>
    </message>
    <message>
        <source>the session node</source>
        <translation>den Sitzungsknoten</translation>
    </message>
    <message>
        <source>the mailboxes</source>
        <translation>die Postfächer</translation>
    </message>
    <message>
        <source>the mail folders</source>
        <translation>die E-Mail-Ordner</translation>
    </message>
    <message>
        <source>the items of %1</source>
        <translation>die Elemente von %1</translation>
    </message>
    <message>
        <source>Cannot prepare the sample profiles.</source>
        <translation>Die Beispielprofile können nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them and try again.</source>
        <translation>Der Server hat Benutzername oder Kennwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the demo certificate</source>
        <translation>das Demozertifikat</translation>
    </message>
    <message>
        <source>the session list</source>
        <translation>die Sitzungsliste</translation>
    </message>
    <message>
        <source>The session list closed too early.</source>
        <translation>Die Sitzungsliste wurde zu früh geschlossen.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>The restore wizard did not open.</source>
        <translation>Der Wiederherstellungsassistent wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Ticket 4711: mail lost after the migration</source>
        <translation>Ticket 4711: E-Mails nach der Migration verloren</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>die Wiederherstellung</translation>
    </message>
    <message>
        <source>The run dialog closed too early.</source>
        <translation>Der Ablaufdialog wurde zu früh geschlossen.</translation>
    </message>
</context>
<context>
    <name>re::ui::SearchBuilderDialog</name>
    <message>
        <source>Build a Mail Search</source>
        <translation>E-Mail-Suche zusammenstellen</translation>
    </message>
    <message>
        <source>Build a Document Search</source>
        <translation>Dokumentsuche zusammenstellen</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>any words; the server&apos;s syntax works here too</source>
        <translation>beliebige Wörter; die Syntax des Servers funktioniert hier auch</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>name or address; * and ? as wildcards</source>
        <translation>Name oder Adresse; * und ? als Platzhalter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>name or address</source>
        <translation>Name oder Adresse</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>e.g. budget* or &quot;annual report&quot;</source>
        <translation>z. B. budget* oder &quot;annual report&quot;</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>extension, e.g. docx</source>
        <translation>Dateiendung, z. B. docx</translation>
    </message>
    <message>
        <source>File t&amp;ype:</source>
        <translation>Datei&amp;typ:</translation>
    </message>
    <message>
        <source>Received &amp;on or after</source>
        <translation>Empfangen &amp;am oder nach</translation>
    </message>
    <message>
        <source>Modified &amp;on or after</source>
        <translation>Geändert &amp;am oder nach</translation>
    </message>
    <message>
        <source>Received on or &amp;before</source>
        <translation>Empfangen am oder &amp;vor</translation>
    </message>
    <message>
        <source>Modified on or &amp;before</source>
        <translation>Geändert am oder &amp;vor</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation>Mit Anlagen</translation>
    </message>
    <message>
        <source>Without attachments</source>
        <translation>Ohne Anlagen</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>An&amp;lagen:</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Suchanfrage: %1</translation>
    </message>
</context>
<context>
    <name>re::ui::SearchController</name>
    <message>
        <source>Open a restore session first (Explore…): the find box looks in a session.</source>
        <translation>Öffnen Sie zuerst eine Wiederherstellungssitzung (Durchsuchen …): Das Suchfeld sucht in einer Sitzung.</translation>
    </message>
    <message>
        <source>in every OneDrive</source>
        <translation>in allen OneDrives</translation>
    </message>
    <message>
        <source>in every mailbox</source>
        <translation>in allen Postfächern</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>re::ui::SendPage</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>The backup server sends the data as attachments through its own e-mail settings.</source>
        <translation>Der Sicherungsserver sendet die Daten als Anlagen über seine eigenen E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>Send to the mailbox &amp;owner&apos;s own address</source>
        <translation>An die eigene Adresse des Postfach&amp;besitzers senden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>name@example.com; other@example.com</source>
        <translation>name@example.com; andere@example.com</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Reading the server&apos;s e-mail settings…</source>
        <translation>Die E-Mail-Einstellungen des Servers werden gelesen…</translation>
    </message>
    <message>
        <source>The server&apos;s e-mail settings could not be read (%1). The server will say whether it can send.</source>
        <translation>Die E-Mail-Einstellungen des Servers konnten nicht gelesen werden (%1). Der Server meldet, ob er senden kann.</translation>
    </message>
    <message>
        <source>The server&apos;s e-mail settings are complete.</source>
        <translation>Die E-Mail-Einstellungen des Servers sind vollständig.</translation>
    </message>
    <message>
        <source>The server sends through %1.</source>
        <translation>Der Server sendet über %1.</translation>
    </message>
    <message>
        <source>The server cannot send e-mail yet.</source>
        <translation>Der Server kann noch keine E-Mails senden.</translation>
    </message>
    <message>
        <source>Ask the backup administrator to complete the Veeam Explorer e-mail settings on the server.</source>
        <translation>Bitten Sie den Sicherungsadministrator, die E-Mail-Einstellungen von Veeam Explorer auf dem Server zu vervollständigen.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>re::ui::SessionListDialog</name>
    <message>
        <source>Restore Sessions on the Server</source>
        <translation>Wiederherstellungssitzungen auf dem Server</translation>
    </message>
    <message>
        <source>Active restore sessions of this account, including those opened earlier or from the command line. Reattach one to browse it.</source>
        <translation>Aktive Wiederherstellungssitzungen dieses Kontos, auch früher oder über die Kommandozeile geöffnete. Nehmen Sie eine wieder auf, um sie zu durchsuchen.</translation>
    </message>
    <message>
        <source>Restore sessions</source>
        <translation>Wiederherstellungssitzungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <source>&amp;Reattach</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Stop Session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>Loading the sessions…</source>
        <translation>Die Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>There are no active restore sessions. Use Explore to open one.</source>
        <translation>Es gibt keine aktiven Wiederherstellungssitzungen. Öffnen Sie eine mit „Erkunden“.</translation>
    </message>
</context>
<context>
    <name>re::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Exactly this will be sent to the backup server (passwords are not shown).</source>
        <translation>Genau dies wird an den Sicherungsserver gesendet (Kennwörter werden nicht angezeigt).</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ticket number or why this is done; kept in the restore log.</source>
        <translation>Ticketnummer oder Anlass; wird im Wiederherstellungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>re::ui::TrustDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>Nicht vertrauenswürdiges Serverzertifikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;The identity of %1 could not be verified.&lt;/b&gt;&lt;br&gt;Its certificate is not signed by an authority this computer trusts. Servers of Veeam Backup for Microsoft 365 often use their own certificate; trust it only if the fingerprint below matches the one your administrator gave you.</source>
        <translation>&lt;b&gt;Die Identität von %1 konnte nicht überprüft werden.&lt;/b&gt;&lt;br&gt;Sein Zertifikat ist nicht von einer Stelle signiert, der dieser Computer vertraut. Server von Veeam Backup for Microsoft 365 verwenden oft ein eigenes Zertifikat; vertrauen Sie ihm nur, wenn der Fingerabdruck unten mit dem übereinstimmt, den Ihnen Ihr Administrator genannt hat.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server vertrauen</translation>
    </message>
    <message>
        <source>The fingerprint is remembered for this server profile. If the server later shows a different certificate, the connection is refused.</source>
        <translation>Der Fingerabdruck wird für dieses Serverprofil gespeichert. Zeigt der Server später ein anderes Zertifikat, wird die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Trust and &amp;Connect</source>
        <translation>Vertrauen und ver&amp;binden</translation>
    </message>
</context>
<context>
    <name>re::ui::VersionPickerPage</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Choose the earlier version of &quot;%1&quot; to write back.</source>
        <translation>Wählen Sie die frühere Version von „%1“, die zurückgeschrieben werden soll.</translation>
    </message>
    <message>
        <source>Versions of the document</source>
        <translation>Versionen des Dokuments</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Die Versionen werden geladen…</translation>
    </message>
    <message>
        <source>The versions could not be loaded: %1</source>
        <translation>Die Versionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No earlier versions are listed. They appear only in restore sessions opened with &quot;Show all versions&quot;.</source>
        <translation>Es sind keine früheren Versionen aufgeführt. Sie erscheinen nur in Wiederherstellungssitzungen, die mit „Alle Versionen anzeigen“ geöffnet wurden.</translation>
    </message>
</context>
</TS>
