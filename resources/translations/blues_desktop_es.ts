<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApproveManyDialog</name>
    <message>
        <source>Approve {month_label}</source>
        <translation>Aprobar {month_label}</translation>
    </message>
    <message>
        <source>Each ticked timesheet for {month} is approved and locked if it passes the checks; the others are listed with the reason and stay as they are.</source>
        <translation>Cada hoja de horas marcada de {month} se aprueba y se bloquea si supera las comprobaciones; las demás se listan con el motivo y quedan como están.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Submit drafts on the person&apos;s behalf first</source>
        <translation>Enviar antes los borradores en nombre de la persona</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Day {number}
{date}</source>
        <translation>Día {number}
{date}</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paquetes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Send to every partner</source>
        <translation>Enviar a todos los socios</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>Enviar al coordinador</translation>
    </message>
    <message>
        <source>Everything (a full bundle)</source>
        <translation>Todo (un paquete completo)</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Escribir paquete…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Import bundles ({SUFFIX} files), or drop them on this page.</source>
        <translation>Importe paquetes (archivos {SUFFIX}) o suéltelos en esta página.</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importar paquetes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>No bundle written or imported yet. Write one to send this office&apos;s changes, or import a bundle you received.</source>
        <translation>Aún no se ha escrito ni importado ningún paquete. Escriba uno para enviar los cambios de esta oficina o importe un paquete recibido.</translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Socios y claves</translation>
    </message>
    <message>
        <source>Partners and keys…</source>
        <translation>Socios y claves…</translation>
    </message>
    <message>
        <source>Your office card and its QR code, partners&apos; cards, changing or revoking keys.</source>
        <translation>La tarjeta de su oficina y su código QR, las tarjetas de los socios, el cambio o la revocación de claves.</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>Clave de la oficina</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Frase de contraseña de las claves de la oficina:</translation>
    </message>
    <message>
        <source>Where to write the bundle (a USB stick, a mail folder)</source>
        <translation>Dónde escribir el paquete (una memoria USB, una carpeta de correo)</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Escribiendo el paquete</translation>
    </message>
    <message>
        <source>Wrote {file} ({records} records) to {folder}</source>
        <translation>Se ha escrito {file} ({records} registros) en {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n bundles?</source>
        <translation>
            <numerusform>¿Importar %n paquete?</numerusform>
            <numerusform>¿Importar %n paquetes?</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: already imported on {date}</source>
        <translation>{file}: ya importado el {date}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n records new or updated</source>
        <translation>
            <numerusform>{file}: %n registro nuevo o actualizado</numerusform>
            <numerusform>{file}: %n registros nuevos o actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>BLUES bundles (*{SUFFIX})</source>
        <translation>Paquetes BLUES (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Import bundles?</source>
        <translation>¿Importar paquetes?</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Importando paquetes</translation>
    </message>
    <message>
        <source>Verifying bundles</source>
        <translation>Verificando paquetes</translation>
    </message>
    <message>
        <source>No changes since the last bundle the coordinator acknowledged.</source>
        <translation>No hay cambios desde el último paquete confirmado por el coordinador.</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (everything):</source>
        <translation>El próximo paquete de {office} contiene {records} registros (todo):</translation>
    </message>
    <message>
        <source>The next bundle of {office} holds {records} records (what changed since the last bundle the coordinator acknowledged):</source>
        <translation>El próximo paquete de {office} contiene {records} registros (lo que ha cambiado desde el último paquete confirmado por el coordinador):</translation>
    </message>
    <message>
        <source>{records}: {new} new, {changed} changed, {deleted} deleted</source>
        <translation>{records}: {new} nuevos, {changed} modificados, {deleted} eliminados</translation>
    </message>
    <message>
        <source>signature valid: office {office}, key {fingerprint}</source>
        <translation>firma válida: oficina {office}, clave {fingerprint}</translation>
    </message>
    <message>
        <source>bundle {sequence}, follows {previous}</source>
        <translation>paquete {sequence}, sigue a {previous}</translation>
    </message>
    <message>
        <source>bundle {sequence}, the first of this office</source>
        <translation>paquete {sequence}, el primero de esta oficina</translation>
    </message>
    <message>
        <source>already imported on {date}: nothing will change</source>
        <translation>ya importado el {date}: no cambiará nada</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>advertencia: {warning}</translation>
    </message>
    <message>
        <source>{records}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{records}: {new} nuevos, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n stored files (CVs, evidence, timesheet PDFs), {size} MB, each matching its SHA-256</source>
        <translation>
            <numerusform>%n archivo guardado (CV, justificantes, PDF de hojas de horas), {size} MB, coincide con su SHA-256</numerusform>
            <numerusform>%n archivos guardados (CV, justificantes, PDF de hojas de horas), {size} MB, cada uno coincide con su SHA-256</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show table</source>
        <translation>Mostrar tabla</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a spreadsheet or a message</source>
        <translation>Copiar la tabla para pegarla en una hoja de cálculo o un mensaje</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Nada que contar en este periodo.</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Mostrar gráfico</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <source>e.g. membership form, event registration</source>
        <translation>p. ej. formulario de adhesión, inscripción a un evento</translation>
    </message>
    <message>
        <source>Do not contact (the person asked not to be)</source>
        <translation>No contactar (la persona lo ha pedido)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Consentimiento para</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Consentimiento de</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>sin consentimiento</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde {date}</translation>
    </message>
</context>
<context>
    <name>CrossOfficeDialog</name>
    <message>
        <source>Possible duplicates across offices</source>
        <translation>Posibles duplicados entre oficinas</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office…</source>
        <translation>Comparando las organizaciones de todas las oficinas…</translation>
    </message>
    <message>
        <source>Same organisation: count once</source>
        <translation>Misma organización: contar una vez</translation>
    </message>
    <message>
        <source>Different organisations</source>
        <translation>Organizaciones distintas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Organisations registered by two offices with the same VAT number or a similar name in the same country. Compare the two before you decide: a different legal form or city often means two organisations. Linking them changes neither office&apos;s record; the partnership&apos;s figures count the pair once.</source>
        <translation>Organizaciones registradas por dos oficinas con el mismo NIF-IVA o un nombre parecido en el mismo país. Compárelas antes de decidir: una forma jurídica o una ciudad distinta suele indicar dos organizaciones. Vincularlas no cambia el registro de ninguna oficina; las cifras de la asociación cuentan el par una sola vez.</translation>
    </message>
    <message>
        <source>Comparing the organisations of every office</source>
        <translation>Comparando las organizaciones de todas las oficinas</translation>
    </message>
    <message>
        <source>Registered by {office_id}</source>
        <translation>Registrado por {office_id}</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates to decide</source>
        <translation>
            <numerusform>%n posible duplicado por decidir</numerusform>
            <numerusform>%n posibles duplicados por decidir</numerusform>
        </translation>
    </message>
    <message>
        <source>No undecided pairs: every office&apos;s organisations are distinct or linked.</source>
        <translation>No hay pares pendientes: las organizaciones de todas las oficinas son distintas o están vinculadas.</translation>
    </message>
</context>
<context>
    <name>CtqDialog</name>
    <message>
        <source>Commitment to Quality — {reference}</source>
        <translation>Compromiso de Calidad — {reference}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This organisation looks like one already registered. Compare the two before you decide: a different legal form or city often means two organisations.</source>
        <translation>Esta organización se parece a una ya registrada. Compárelas antes de decidir: una forma jurídica o una ciudad distinta suele indicar dos organizaciones.</translation>
    </message>
    <message numerus="yes">
        <source>This organisation looks like %n already registered. Choose one to compare it with; a different legal form or city often means two organisations.</source>
        <translation>
            <numerusform>Esta organización se parece a %n ya registrada. Elija una para compararla; una forma jurídica o una ciudad distinta suele indicar dos organizaciones.</numerusform>
            <numerusform>Esta organización se parece a %n ya registradas. Elija una para compararla; una forma jurídica o una ciudad distinta suele indicar dos organizaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Este registro</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Ya registrada</translation>
    </message>
    <message>
        <source>Merge into {legal_name}…</source>
        <translation>Combinar con {legal_name}…</translation>
    </message>
    <message>
        <source>Merging shows every field where the two differ, so you choose what to keep; its contacts and exchanges move to the kept record, and this one is deleted and points to it.</source>
        <translation>Al combinar se muestran todos los campos en los que difieren, para que elija qué conservar; sus contactos e intercambios pasan al registro conservado, y este se elimina y remite a aquel.</translation>
    </message>
    <message>
        <source>{legal_name} is kept by office {office_id}, so the two cannot be merged here; tell that office, or keep both.</source>
        <translation>{legal_name} lo gestiona la oficina {office_id}, por lo que no se pueden combinar aquí; avise a esa oficina o conserve ambas.</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <source>Declared: hours of approved (locked) months; recorded: every stored hour; planned: set by the coordinator</source>
        <translation>Declaradas: horas de los meses aprobados (bloqueados); registradas: todas las horas guardadas; previstas: las fija el coordinador</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Person-months per work package</source>
        <translation>Personas-mes por paquete de trabajo</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>BLUES Desktop — unexpected error</source>
        <translation>BLUES Desktop — error inesperado</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>El registro está en {folder}.</translation>
    </message>
    <message>
        <source>No log file is written (no log folder).</source>
        <translation>No se escribe ningún archivo de registro (no hay carpeta de registro).</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar detalles del error</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registro</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Añadir día</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Quitar día</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Evento en línea</translation>
    </message>
    <message>
        <source>Public (announced on the BLUES channels)</source>
        <translation>Público (anunciado en los canales de BLUES)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Paquete de trabajo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days (empty: every date)</source>
        <translation>Días (vacío: todas las fechas)</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Enlace en línea</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Coorganizadores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>This event was deleted elsewhere (another window or an imported bundle) while the editor was open; saving will not bring it back.</source>
        <translation>Este evento se eliminó en otro lugar (otra ventana o un paquete importado) mientras el editor estaba abierto; guardar no lo recuperará.</translation>
    </message>
    <message>
        <source>This event was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Este evento se modificó en otro lugar (otra ventana o un paquete importado) mientras lo editaba. Guardar sobrescribe esos cambios con su versión; Cancelar los conserva.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events…</source>
        <translation>Buscar eventos…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed this event and its participants, when, and what</source>
        <translation>Quién cambió este evento y sus participantes, cuándo y qué</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>No events yet. Create one to register its participants and print its attendance sheet.</source>
        <translation>Aún no hay eventos. Cree uno para inscribir a sus participantes e imprimir su hoja de asistencia.</translation>
    </message>
    <message>
        <source>Plan a new event</source>
        <translation>Planificar un nuevo evento</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Editar el evento seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Eliminar el evento seleccionado</translation>
    </message>
    <message>
        <source>Choose an event, or create one.</source>
        <translation>Elija un evento o cree uno.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet. Register people from the member register, or add a new person.</source>
        <translation>Aún no hay nadie inscrito en este evento. Inscriba personas desde el registro de miembros o añada una persona nueva.</translation>
    </message>
    <message>
        <source>Register from the register…</source>
        <translation>Inscribir desde el registro…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>GDPR erasure of the chosen participant, on their request (the registration stays, shown as erased)</source>
        <translation>Borrado conforme al RGPD del participante elegido, a petición suya (la inscripción se conserva, marcada como borrada)</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Guardar asistencia</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sin inscripción…</translation>
    </message>
    <message>
        <source>Attach scanned sheet…</source>
        <translation>Adjuntar hoja escaneada…</translation>
    </message>
    <message>
        <source>Keys: Space ticks or unticks and moves down, − clears, Enter moves down.</source>
        <translation>Teclas: Espacio marca o desmarca y baja, − borra, Intro baja.</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 horizontal</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Vista previa e impresión…</translation>
    </message>
    <message>
        <source>The sheet lists the registered participants in order with a signature box per day, blank rows for walk-ins, and a QR code per page that matches a scanned page to this event. Online events get the online attendance record instead.</source>
        <translation>La hoja enumera por orden a los participantes inscritos, con una casilla de firma por día, filas en blanco para asistentes sin inscripción y un código QR por página que asocia una página escaneada a este evento. Los eventos en línea reciben en su lugar el registro de asistencia en línea.</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation>Filas en blanco para asistentes sin inscripción</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>No event matches the search.</source>
        <translation>Ningún evento coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>{pending} attendance ticks for “{title}” are not saved yet.</source>
        <translation>{pending} marcas de asistencia de «{title}» aún no se han guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrito</numerusform>
            <numerusform>%n inscritos</numerusform>
        </translation>
    </message>
    <message>
        <source>day {number}: {present} of {total}</source>
        <translation>día {number}: {present} de {total}</translation>
    </message>
    <message>
        <source>Present — {days}</source>
        <translation>Presentes — {days}</translation>
    </message>
    <message numerus="yes">
        <source>Present — {days} · %n unsaved changes</source>
        <translation>
            <numerusform>Presentes — {days} · %n cambio sin guardar</numerusform>
            <numerusform>Presentes — {days} · %n cambios sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Figures of “{title}”</source>
        <translation>Cifras de «{title}»</translation>
    </message>
    <message>
        <source>{registered} registered, {participants} took part ({persons} persons from {organisations} organisations).</source>
        <translation>{registered} inscritos, {participants} participaron ({persons} personas de {organisations} organizaciones).</translation>
    </message>
    <message>
        <source>Per work package</source>
        <translation>Por paquete de trabajo</translation>
    </message>
    <message>
        <source>Per country (top 12)</source>
        <translation>Por país (12 primeros)</translation>
    </message>
    <message>
        <source>Per organisation type</source>
        <translation>Por tipo de organización</translation>
    </message>
    <message>
        <source>Per gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>The new event “{title}” is saved and selected in the list.</source>
        <translation>El nuevo evento «{title}» se ha guardado y está seleccionado en la lista.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete “{title}” with its registrations?</source>
        <translation>¿Eliminar «{title}» con sus inscripciones?</translation>
    </message>
    <message>
        <source>Deleted the event “{title}” with its registrations.</source>
        <translation>Se ha eliminado el evento «{title}» con sus inscripciones.</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF o imagen (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The online attendance record: {title}</source>
        <translation>Registro de asistencia en línea: {title}</translation>
    </message>
    <message>
        <source>Preparing the online attendance record…</source>
        <translation>Preparando el registro de asistencia en línea…</translation>
    </message>
    <message>
        <source>The attendance sheet: {title}</source>
        <translation>Hoja de asistencia: {title}</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Preparando la hoja de asistencia…</translation>
    </message>
    <message>
        <source>Organised by office {office_id}: shown read-only, only {office_id} can change it.</source>
        <translation>Organizado por la oficina {office_id}: solo lectura, solo {office_id} puede modificarlo.</translation>
    </message>
    <message>
        <source>Scanned sheets: </source>
        <translation>Hojas escaneadas: </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an event to see its figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija un evento para ver sus cifras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Choose the one participant whose data is erased.</source>
        <translation>Elija el participante cuyos datos se borran.</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, gender, consent) from the record, its history and the files kept with it? The registration stays, shown as erased, and the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>¿Borrar los datos personales de {name} (nombre, correo electrónico, teléfono, cargo, género, consentimiento) del registro, de su historial y de los archivos guardados con él? La inscripción se mantiene, marcada como borrada, y el borrado llega a las demás oficinas en los paquetes. Esta acción no se puede deshacer.

¿A petición de quién y por qué?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Un borrado necesita un motivo; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>This person was already a contact; the contact was registered.</source>
        <translation>Esta persona ya era un contacto; se ha inscrito el contacto.</translation>
    </message>
    <message>
        <source>Scanned signed sheet</source>
        <translation>Hoja firmada escaneada</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Participants&apos; e-mail and gender</source>
        <translation>Correo electrónico y género de los participantes</translation>
    </message>
    <message>
        <source>The workbook lists participants by name, organisation and country, with the figures and breakdowns for the report; e-mail addresses and each person&apos;s gender are left out.

Include them anyway? Only do so when the reader needs to write to the participants; the workbook&apos;s summary says which list it holds.</source>
        <translation>El libro enumera a los participantes por nombre, organización y país, con las cifras y los desgloses para el informe; se omiten las direcciones de correo electrónico y el género de cada persona.

¿Incluirlos de todos modos? Hágalo solo si el lector necesita escribir a los participantes; el resumen del libro indica qué lista contiene.</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (with e-mail addresses and gender).</source>
        <translation>Se han escrito {events} eventos y {participants} participantes (con direcciones de correo electrónico y género).</translation>
    </message>
    <message>
        <source>Wrote {events} events and {participants} participants (without e-mail addresses or gender).</source>
        <translation>Se han escrito {events} eventos y {participants} participantes (sin direcciones de correo electrónico ni género).</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) and is now {state}: this part of it can no longer be changed.</source>
        <translation>Este intercambio se ha modificado en otro lugar (otra ventana o un paquete importado) y ahora está en «{state}»: esta parte ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Este intercambio se ha modificado en otro lugar (otra ventana o un paquete importado); el formulario lo muestra ahora tal como está guardado.</translation>
    </message>
    <message>
        <source>This exchange was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Este intercambio se ha modificado en otro lugar (otra ventana o un paquete importado) mientras lo editaba. Al guardar, su versión sustituye esos cambios; Cancelar los conserva.</translation>
    </message>
    <message>
        <source>This exchange was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Este intercambio se ha eliminado en otro lugar (otra ventana o un paquete importado) mientras el formulario estaba abierto; ya no existe dónde guardarlo.</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Tanto alzado</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Search reference or name</source>
        <translation>Buscar referencia o nombre</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Todas las asociaciones</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Programme rules…</source>
        <translation>Normas del programa…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed this exchange and its steps, when, and what</source>
        <translation>Quién cambió este intercambio y sus pasos, cuándo y qué</translation>
    </message>
    <message>
        <source>Mark as: {label}</source>
        <translation>Marcar como: {label}</translation>
    </message>
    <message>
        <source>Printed once the Commitment to Quality is signed</source>
        <translation>Se imprime cuando se ha firmado el Compromiso de Calidad</translation>
    </message>
    <message>
        <source>Printed once the exchange has been held</source>
        <translation>Se imprime cuando se ha realizado el intercambio</translation>
    </message>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificante</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Commitment to Quality</source>
        <translation>Compromiso de calidad</translation>
    </message>
    <message>
        <source>Financial agreement</source>
        <translation>Acuerdo financiero</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Certificado de asistencia</translation>
    </message>
    <message>
        <source>Closing report form</source>
        <translation>Formulario del informe final</translation>
    </message>
    <message>
        <source>{office}: {held} held of {registered} registered</source>
        <translation>{office}: {held} realizados de {registered} registrados</translation>
    </message>
    <message>
        <source>&lt;b&gt;{held} of the {target} planned exchanges held ({progress})&lt;/b&gt;; {live} more under way.</source>
        <translation>&lt;b&gt;{held} de los {target} intercambios previstos realizados ({progress})&lt;/b&gt;; {live} más en curso.</translation>
    </message>
    <message>
        <source>Per partnership: {offices}.</source>
        <translation>Por asociación: {offices}.</translation>
    </message>
    <message>
        <source>Lump sums committed {committed}, of which paid {paid}.</source>
        <translation>Importes a tanto alzado comprometidos {committed}, de los que pagados {paid}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: {pairs}.</source>
        <translation>Pares de países más frecuentes: {pairs}.</translation>
    </message>
    <message>
        <source>Most frequent country pairs: none yet.</source>
        <translation>Pares de países más frecuentes: ninguno todavía.</translation>
    </message>
    <message>
        <source>{km} km (typed)</source>
        <translation>{km} km (introducidos)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <source>visitor {visitor}, host {host}</source>
        <translation>visitante {visitor}, acogida {host}</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>{start} to {end}, {days} working days</source>
        <translation>Del {start} al {end}, {days} días laborables</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>Importe a tanto alzado</translation>
    </message>
    <message>
        <source>{amount} (rules v{version})</source>
        <translation>{amount} (normas v{version})</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>host {host}, visitor {visitor}</source>
        <translation>acogida {host}, visitante {visitor}</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>No elegible:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Register a new exchange</source>
        <translation>Registrar un nuevo intercambio</translation>
    </message>
    <message>
        <source>Write the exchanges shown to an Excel workbook</source>
        <translation>Escribir los intercambios mostrados en un libro de Excel</translation>
    </message>
    <message>
        <source>The lump sums, distances and deadlines the exchanges follow</source>
        <translation>Los importes a tanto alzado, distancias y plazos que siguen los intercambios</translation>
    </message>
    <message>
        <source>No exchanges yet. Register the first one: the visitor, the host and the dates.</source>
        <translation>Aún no hay intercambios. Registre el primero: el visitante, la organización de acogida y las fechas.</translation>
    </message>
    <message>
        <source>Host accepts</source>
        <translation>La acogida acepta</translation>
    </message>
    <message>
        <source>Visitor accepts</source>
        <translation>El visitante acepta</translation>
    </message>
    <message>
        <source>Edit CtQ…</source>
        <translation>Editar CdC…</translation>
    </message>
    <message>
        <source>Closing report…</source>
        <translation>Informe final…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Adjuntar justificante…</translation>
    </message>
    <message>
        <source>Cancel exchange…</source>
        <translation>Cancelar intercambio…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirarse…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>What can be done with this exchange now</source>
        <translation>Qué se puede hacer ahora con este intercambio</translation>
    </message>
    <message>
        <source>Financial agreements of the exchanges shown…</source>
        <translation>Acuerdos financieros de los intercambios mostrados…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Preview and print this exchange&apos;s documents</source>
        <translation>Vista previa e impresión de los documentos de este intercambio</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation>Ningún intercambio coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an exchange to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un intercambio para ver sus detalles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: this exchange belongs to office {office_id}.</source>
        <translation>Solo lectura: este intercambio pertenece a la oficina {office_id}.</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n financial agreement(s) that may be printed now, one PDF each, to a folder</source>
        <translation>
            <numerusform>Escribir en una carpeta el %n acuerdo financiero que puede imprimirse ahora, en PDF</numerusform>
            <numerusform>Escribir en una carpeta los %n acuerdos financieros que pueden imprimirse ahora, un PDF por acuerdo</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the exchanges shown may have its financial agreement printed yet: it is printed once the Commitment to Quality is signed</source>
        <translation>Ninguno de los intercambios mostrados puede imprimir aún su acuerdo financiero: se imprime una vez firmado el Compromiso de Calidad</translation>
    </message>
    <message>
        <source>Cancel exchange</source>
        <translation>Cancelar intercambio</translation>
    </message>
    <message>
        <source>Why is {reference} cancelled by the partnership? The reason is kept in its history.</source>
        <translation>¿Por qué cancela la asociación {reference}? El motivo se guarda en su historial.</translation>
    </message>
    <message>
        <source>Keep the exchange</source>
        <translation>Mantener el intercambio</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirarse</translation>
    </message>
    <message>
        <source>Why does the visitor withdraw from {reference}? The reason is kept in its history.</source>
        <translation>¿Por qué se retira el visitante de {reference}? El motivo se guarda en su historial.</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>¿Qué es?</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Archivo justificativo</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif)</source>
        <translation>PDF o imagen (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
    </message>
    <message>
        <source>Registered {reference}; it is selected in the list.</source>
        <translation>Se ha registrado {reference}; está seleccionado en la lista.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchanges to {file}</source>
        <translation>
            <numerusform>Se ha escrito %n intercambio en {file}</numerusform>
            <numerusform>Se han escrito %n intercambios en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the register</source>
        <translation>Escribiendo el registro</translation>
    </message>
    <message>
        <source>Folder for the financial agreements</source>
        <translation>Carpeta para los acuerdos financieros</translation>
    </message>
    <message>
        <source>Writing the financial agreements</source>
        <translation>Escribiendo los acuerdos financieros</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n financial agreement(s) to {folder}</source>
        <translation>
            <numerusform>Se escribió %n acuerdo financiero en {folder}</numerusform>
            <numerusform>Se escribieron %n acuerdos financieros en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>No financial agreement written to {folder}: none of the exchanges shown may have it printed now</source>
        <translation>No se escribió ningún acuerdo financiero en {folder}: ninguno de los intercambios mostrados puede imprimirlo ahora</translation>
    </message>
    <message>
        <source>Stopped: the financial agreements written before Cancel are in {folder}</source>
        <translation>Detenido: los acuerdos financieros escritos antes de cancelar están en {folder}</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation>Versiones: {versions}</translation>
    </message>
    <message>
        <source>v{version} from {date}</source>
        <translation>v{version} del {date}</translation>
    </message>
    <message>
        <source>v{version} from {date} (built in)</source>
        <translation>v{version} del {date} (integrada)</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>Normas del programa</translation>
    </message>
    <message>
        <source>Published version {version}.</source>
        <translation>Versión {version} publicada.</translation>
    </message>
    <message>
        <source>The exchange is paid: its last step is done.</source>
        <translation>El intercambio está pagado: su último paso está hecho.</translation>
    </message>
    <message>
        <source>The exchange was cancelled: it takes no further step.</source>
        <translation>El intercambio se canceló: no tiene más pasos.</translation>
    </message>
    <message>
        <source>The exchange was withdrawn: it takes no further step.</source>
        <translation>El intercambio se retiró: no tiene más pasos.</translation>
    </message>
    <message>
        <source>No further step from this state: {state}.</source>
        <translation>No hay más pasos desde este estado: {state}.</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <source>nothing merged yet</source>
        <translation>aún no se ha fusionado nada</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence}, written {written}, imported {imported} (%n days old)</source>
        <translation>
            <numerusform>paquete {sequence}, escrito {written}, importado {imported} (hace %n día)</numerusform>
            <numerusform>paquete {sequence}, escrito {written}, importado {imported} (hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Actualidad de los datos</translation>
    </message>
    <message>
        <source>Warn after</source>
        <translation>Avisar después de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>{office} (this office)</source>
        <translation>{office} (esta oficina)</translation>
    </message>
    <message>
        <source>no bundle acknowledged by the coordinator yet</source>
        <translation>aún no hay ningún paquete confirmado por el coordinador</translation>
    </message>
    <message numerus="yes">
        <source>bundle {sequence} acknowledged by the coordinator, written {written} (%n days old)</source>
        <translation>
            <numerusform>paquete {sequence} confirmado por el coordinador, escrito {written} (hace %n día)</numerusform>
            <numerusform>paquete {sequence} confirmado por el coordinador, escrito {written} (hace %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n days or missing: figures of this office may be out of date</source>
        <translation>
            <numerusform>Más antiguo de %n día o ausente: las cifras de esta oficina pueden estar desactualizadas</numerusform>
            <numerusform>Más antiguo de %n días o ausente: las cifras de esta oficina pueden estar desactualizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantDocumentPreview</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>The English text is the binding one; a second language adds the translation of every heading and label</source>
        <translation>El texto en inglés es el vinculante; un segundo idioma añade la traducción de cada título y etiqueta</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s and the host&apos;s language)</source>
        <translation>Inglés y {language} (idioma del visitante y del anfitrión)</translation>
    </message>
    <message>
        <source>English and {language} (the visitor&apos;s language)</source>
        <translation>Inglés y {language} (idioma del visitante)</translation>
    </message>
    <message>
        <source>English and {language} (the host&apos;s language)</source>
        <translation>Inglés y {language} (idioma del anfitrión)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading the history…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cargando el historial…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes made on this computer show who made them. Records another office changed show the bundle that brought them and who imported it.</source>
        <translation>Los cambios hechos en este ordenador muestran quién los hizo. Los registros que cambió otra oficina muestran el paquete que los trajo y quién lo importó.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>no hay cambios registrados</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <source>Choose your member list: an Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice spreadsheet (.ods) or a .csv file.</source>
        <translation>Elija su lista de miembros: un libro de Excel (.xlsx, .xlsm, .xls), una hoja de cálculo de LibreOffice (.ods) o un archivo .csv.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas para importar</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Filas apartadas</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Avisos y notas</translation>
    </message>
    <message>
        <source>Re-read with this mapping</source>
        <translation>Volver a leer con esta correspondencia</translation>
    </message>
    <message>
        <source>Save problem report…</source>
        <translation>Guardar informe de problemas…</translation>
    </message>
    <message>
        <source>Column mapping…</source>
        <translation>Correspondencia de columnas…</translation>
    </message>
    <message>
        <source>Save rows set aside…</source>
        <translation>Guardar filas apartadas…</translation>
    </message>
    <message>
        <source>A file in the layout of yours with the rows set aside and a Problem column: correct the cells and import it to add those rows</source>
        <translation>Un archivo con la estructura del suyo, con las filas apartadas y una columna Problema: corrija las celdas e impórtelo para añadir esas filas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <source>This file cannot be imported:
{exc}</source>
        <translation>No se puede importar este archivo:
{exc}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Warning — {warning}</source>
        <translation>Advertencia — {warning}</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the problem report</source>
        <translation>
            <numerusform>… %n más en el informe de problemas</numerusform>
            <numerusform>… %n más en el informe de problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Sin advertencias.</translation>
    </message>
    <message>
        <source>Rows to import ({count})</source>
        <translation>Filas para importar ({count})</translation>
    </message>
    <message>
        <source>Rows set aside ({count})</source>
        <translation>Filas apartadas ({count})</translation>
    </message>
    <message>
        <source>Warnings and notes ({count})</source>
        <translation>Advertencias y notas ({count})</translation>
    </message>
    <message>
        <source>No row can be imported: correct the rows set aside (or the mapping).</source>
        <translation>No se puede importar ninguna fila: corrija las filas apartadas (o la correspondencia de columnas).</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the good rows now (after a backup); the rows set aside are kept for you to correct: save them with &apos;Save rows set aside…&apos;, fix the cells named in its Problem column, and import that file. Or close and correct your file first.</source>
        <translation>Aún no se ha escrito nada. Importar añade ahora las filas correctas (tras una copia de seguridad); las filas apartadas se conservan para que las corrija: guárdelas con «Guardar filas apartadas…», corrija las celdas indicadas en su columna Problema e importe ese archivo. O cierre y corrija antes su archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>Importar %n fila</numerusform>
            <numerusform>Importar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to save it all in one step.</source>
        <translation>Aún no se ha escrito nada. Pulse Importar para guardarlo todo de una vez.</translation>
    </message>
    <message>
        <source>column {column} of sheet {sheet}</source>
        <translation>columna {column} de la hoja {sheet}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The %n rows set aside are in {file}: correct the cells named in its Problem column, then import that file.</source>
        <translation>
            <numerusform>%n fila apartada está en {file}: corrija las celdas indicadas en su columna Problema e importe ese archivo.</numerusform>
            <numerusform>Las %n filas apartadas están en {file}: corrija las celdas indicadas en su columna Problema e importe ese archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts.</source>
        <translation>Se han importado {organisations_new} organizaciones nuevas y {organisations_changed} modificadas, {contacts_new} contactos nuevos y {contacts_changed} modificados.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows set aside: save them with &apos;Save rows set aside…&apos;, correct them and import that file.</source>
        <translation>
            <numerusform>%n fila apartada: guárdela con «Guardar filas apartadas…», corríjala e importe ese archivo.</numerusform>
            <numerusform>%n filas apartadas: guárdelas con «Guardar filas apartadas…», corríjalas e importe ese archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns hold data that will be ignored: {columns}. Choose a field for each under Column mapping… if it should be imported.</source>
        <translation>Estas columnas contienen datos que se ignorarán: {columns}. Si deben importarse, elija un campo para cada una en Correspondencia de columnas….</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Informe de problemas</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem report written to {name}.</source>
        <translation>Informe de problemas escrito en {name}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>The organisations of the clusters and their contacts</source>
        <translation>Las organizaciones de los clústeres y sus contactos</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Staff exchanges between organisations, from registration to payment</source>
        <translation>Intercambios de personal entre organizaciones, del registro al pago</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Workshops and meetings, their participants and attendance</source>
        <translation>Talleres y reuniones, sus participantes y la asistencia</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Hojas de horas</translation>
    </message>
    <message>
        <source>The staff&apos;s monthly hours on the project</source>
        <translation>Las horas mensuales del personal en el proyecto</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Send this office&apos;s data to the coordinator and import the partners&apos;</source>
        <translation>Enviar los datos de esta oficina al coordinador e importar los de los socios</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>The project&apos;s figures and KPIs, per period</source>
        <translation>Las cifras y los KPI del proyecto, por periodo</translation>
    </message>
    <message>
        <source>Opening {page}…</source>
        <translation>Abriendo {page}…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Change who is using the app, or add a user</source>
        <translation>Cambiar quién usa la aplicación o añadir un usuario</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>Acerca &amp;de {APP_NAME}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <source>Key: {fingerprint}</source>
        <translation>Clave: {fingerprint}</translation>
    </message>
    <message>
        <source>Your office&apos;s key fingerprint. Read it aloud to a partner to check the office card they registered.</source>
        <translation>La huella digital de la clave de su oficina. Léala en voz alta a un socio para que compruebe la tarjeta de oficina que ha registrado.</translation>
    </message>
    <message>
        <source>Data: {data_location}</source>
        <translation>Datos: {data_location}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (coordinator) · {user}</source>
        <translation>Oficina: {code} {name} (coordinador) · {user}</translation>
    </message>
    <message>
        <source>Office: {code} {name} (partner) · {user}</source>
        <translation>Oficina: {code} {name} (socio) · {user}</translation>
    </message>
    <message>
        <source>Users of this computer</source>
        <translation>Usuarios de este ordenador</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search name, city, VAT number or e-mail…</source>
        <translation>Buscar nombre, ciudad, NIF-IVA o correo…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <source>Country (e.g. ES)</source>
        <translation>País (p. ej. ES)</translation>
    </message>
    <message>
        <source>Sector (e.g. water)</source>
        <translation>Sector (p. ej. agua)</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Solo miembros</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Dígito de control erróneo</translation>
    </message>
    <message>
        <source>Only organisations whose VAT or registration number was kept as typed although its check digit fails</source>
        <translation>Solo las organizaciones cuyo NIF-IVA o número de registro se guardó tal como se escribió aunque su dígito de control no es válido</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Across offices…</source>
        <translation>Entre oficinas…</translation>
    </message>
    <message>
        <source>Organisations two offices registered that look alike: link them as one or not</source>
        <translation>Organizaciones parecidas registradas por dos oficinas: vincularlas como una o no</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nueva organización…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Buscar duplicados…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed this organisation, when, and what</source>
        <translation>Quién cambió esta organización, cuándo y qué</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contactos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Añadir contacto…</translation>
    </message>
    <message>
        <source>No contacts for this organisation yet.</source>
        <translation>Esta organización aún no tiene contactos.</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>Merge contacts…</source>
        <translation>Combinar contactos…</translation>
    </message>
    <message>
        <source>Who changed this contact, when, and what</source>
        <translation>Quién cambió este contacto, cuándo y qué</translation>
    </message>
    <message>
        <source>Register a new organisation</source>
        <translation>Registrar una nueva organización</translation>
    </message>
    <message>
        <source>Read organisations and contacts from a spreadsheet</source>
        <translation>Leer organizaciones y contactos de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Write the organisations shown to an Excel workbook</source>
        <translation>Escribir las organizaciones mostradas en un libro de Excel</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Editar la organización seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected organisation (it can be undone)</source>
        <translation>Eliminar la organización seleccionada (se puede deshacer)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an organisation to see its details and contacts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una organización para ver sus detalles y contactos.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Contacts merged: %n event registrations moved to the kept contact.</source>
        <translation>
            <numerusform>Contactos fusionados: %n inscripción a eventos trasladada al contacto conservado.</numerusform>
            <numerusform>Contactos fusionados: %n inscripciones a eventos trasladadas al contacto conservado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved to the kept contact.</source>
        <translation>
            <numerusform>%n intercambio trasladado al contacto conservado.</numerusform>
            <numerusform>%n intercambios trasladados al contacto conservado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n contacts moved.</source>
        <translation>
            <numerusform>Fusionado: %n contacto trasladado.</numerusform>
            <numerusform>Fusionado: %n contactos trasladados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges moved.</source>
        <translation>
            <numerusform>%n intercambio trasladado.</numerusform>
            <numerusform>%n intercambios trasladados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details taken from the other record: {fields}.</source>
        <translation>Datos tomados del otro registro: {fields}.</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}; {left_out} contacts without consent left out</source>
        <translation>Se han exportado {organisations} organizaciones y {contacts} contactos a {file}; se han omitido {left_out} contactos sin consentimiento</translation>
    </message>
    <message>
        <source>Exported {organisations} organisations and {contacts} contacts to {file}</source>
        <translation>Se han exportado {organisations} organizaciones y {contacts} contactos a {file}</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: shown read-only. Only {office_id} can change it; their changes arrive in the coordinator&apos;s bundle.</source>
        <translation>Gestionada por la oficina {office_id}: solo lectura. Solo {office_id} puede modificarla; sus cambios llegan en el paquete del coordinador.</translation>
    </message>
    <message>
        <source>VAT {number}</source>
        <translation>NIF/IVA {number}</translation>
    </message>
    <message>
        <source>sectors {sectors}</source>
        <translation>sectores {sectors}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>{band} empleados</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Miembro desde el {date}</translation>
    </message>
    <message>
        <source>office {code}</source>
        <translation>oficina {code}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>Seleccione antes un contacto en la lista.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data (name, e-mail, phone, role, consent) from the record, its history and the files kept with it (a CV)? The record stays, marked erased, so the erasure reaches the other offices in bundles. This cannot be undone.

On whose request, and why?</source>
        <translation>¿Borrar los datos personales de {name} (nombre, correo electrónico, teléfono, cargo, consentimiento) del registro, de su historial y de los archivos guardados con él (un CV)? El registro se mantiene, marcado como borrado, para que el borrado llegue a las demás oficinas en los paquetes. Esta acción no se puede deshacer.

¿A petición de quién y por qué?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Un borrado necesita un motivo; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>No other contact of {legal_name} to merge.</source>
        <translation>No hay otro contacto de {legal_name} que fusionar.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo delete brings it back.</source>
        <translation>Se ha eliminado «{name}». Deshacer la eliminación lo recupera.</translation>
    </message>
    <message>
        <source>The deleted organisation is back in the register.</source>
        <translation>La organización eliminada ha vuelto al registro.</translation>
    </message>
    <message>
        <source>“{legal_name}” is kept by office {office_id}: it is shown read-only.</source>
        <translation>«{legal_name}» la gestiona la oficina {office_id}: se muestra en solo lectura.</translation>
    </message>
    <message>
        <source>The new organisation is saved and selected in the list.</source>
        <translation>La nueva organización se ha guardado y está seleccionada en la lista.</translation>
    </message>
    <message>
        <source>No likely duplicates found for {legal_name}</source>
        <translation>No se han encontrado posibles duplicados de {legal_name}</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Contacts without consent</source>
        <translation>Contactos sin consentimiento</translation>
    </message>
    <message>
        <source>Contacts without a recorded GDPR consent are left out of the export.

Include them anyway? Only do so when you have another lawful basis to share them; the export says how many were included.</source>
        <translation>Los contactos sin consentimiento RGPD registrado se excluyen de la exportación.

¿Incluirlos de todos modos? Hágalo solo si tiene otra base jurídica para compartirlos; la exportación indica cuántos se incluyeron.</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Exportando el registro</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Fusionar dos contactos</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Fusionar dos organizaciones</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionar dos registros</translation>
    </message>
    <message>
        <source>&lt;b&gt;{other}&lt;/b&gt; is merged into &lt;b&gt;{kept}&lt;/b&gt;: it is deleted and points to the kept record. Choose, for each field where they differ, the value to keep.</source>
        <translation>&lt;b&gt;{other}&lt;/b&gt; se fusiona en &lt;b&gt;{kept}&lt;/b&gt;: se elimina y remite al registro conservado. Elija, para cada campo en que difieren, el valor que desea conservar.</translation>
    </message>
    <message>
        <source>The merge moves {moves} to the kept record.</source>
        <translation>La fusión traslada {moves} al registro conservado.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Keep: {title}</source>
        <translation>Conservar: {title}</translation>
    </message>
    <message>
        <source>Merged away: {title}</source>
        <translation>Fusionado en el otro: {title}</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Los dos registros contienen los mismos valores.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n inscripción a eventos</numerusform>
            <numerusform>%n inscripciones a eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff records</source>
        <translation>
            <numerusform>%n registro de personal</numerusform>
            <numerusform>%n registros de personal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <source>Total worked</source>
        <translation>Total trabajado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Día festivo: {name}</translation>
    </message>
    <message>
        <source>Outside the employment dates</source>
        <translation>Fuera de las fechas de contratación</translation>
    </message>
</context>
<context>
    <name>MonthGridView</name>
    <message>
        <source>Paste refused at {day}: {problem}</source>
        <translation>Pegado rechazado en {day}: {problem}</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <source>Type hours in quarter hours (7.5, 7,25 or 1:45). Enter: next day · Delete: clear · + / −: a quarter hour more or less · Ctrl+C / Ctrl+V: copy and paste cells.</source>
        <translation>Introduzca las horas en cuartos de hora (7.5, 7,25 o 1:45). Intro: día siguiente · Supr: borrar · + / −: un cuarto de hora más o menos · Ctrl+C / Ctrl+V: copiar y pegar celdas.</translation>
    </message>
    <message>
        <source>Note for the month (required when the hours exceed the contract)</source>
        <translation>Nota del mes (obligatoria si las horas superan las del contrato)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Copy previous week</source>
        <translation>Copiar semana anterior</translation>
    </message>
    <message>
        <source>Fill from typical week…</source>
        <translation>Rellenar con semana tipo…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve for many…</source>
        <translation>Aprobar varias…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Imprimir PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed, submitted and approved this month, and when</source>
        <translation>Quién cambió, envió y aprobó este mes, y cuándo</translation>
    </message>
    <message>
        <source>Worked {worked} h of {contracted} h contracted</source>
        <translation>Trabajadas {worked} h de {contracted} h contratadas</translation>
    </message>
    <message>
        <source>BLUES {blues} h = {months} person-months</source>
        <translation>BLUES {blues} h = {months} personas-mes</translation>
    </message>
    <message>
        <source>other {other} h</source>
        <translation>otras {other} h</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <source>The week before {day} has the same hours already.</source>
        <translation>La semana anterior al {day} ya tiene las mismas horas.</translation>
    </message>
    <message>
        <source>No problems: the month passes every check.</source>
        <translation>Sin problemas: el mes supera todas las comprobaciones.</translation>
    </message>
    <message>
        <source>No empty working day left to fill in this month.</source>
        <translation>No queda ningún día laborable vacío que rellenar este mes.</translation>
    </message>
    <message>
        <source>Approve {name}&apos;s timesheet for {month}? It will be locked, and its content and printed PDF fingerprinted.</source>
        <translation>¿Aprobar la hoja de horas de {name} de {month}? Se bloqueará y se tomará la huella de su contenido y del PDF impreso.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Aprobando…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Why is {name}&apos;s {month} reopened?</source>
        <translation>¿Por qué se reabre {month} de {name}?</translation>
    </message>
    <message>
        <source>A reopen needs a reason; the month stays approved.</source>
        <translation>Una reapertura necesita un motivo; el mes sigue aprobado.</translation>
    </message>
    <message>
        <source>Timesheet: {name}, {month}</source>
        <translation>Hoja de horas: {name}, {month}</translation>
    </message>
    <message>
        <source>Preparing the timesheet…</source>
        <translation>Preparando la hoja de horas…</translation>
    </message>
</context>
<context>
    <name>MonthStatus</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Aprobada (bloqueada)</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Participante sin inscripción</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>A walk-in who matches a contact by e-mail or name is linked to that contact; the signed sheet is the consent record.</source>
        <translation>Un asistente sin inscripción que coincide con un contacto por correo electrónico o nombre se vincula a ese contacto; la hoja firmada es el registro del consentimiento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;GDPR consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consentimiento RGPD&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Añadir asistente sin inscripción</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>OfficeCardView</name>
    <message>
        <source>Keys made on {date}.</source>
        <translation>Claves creadas el {date}.</translation>
    </message>
    <message>
        <source>The card does not say when its keys were made.</source>
        <translation>La tarjeta no indica cuándo se crearon sus claves.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>Tipo *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle); the form now shows it as stored.</source>
        <translation>Esta organización se ha modificado en otro lugar (otra ventana o un paquete importado); el formulario la muestra ahora tal como está guardada.</translation>
    </message>
    <message>
        <source>This organisation was changed elsewhere (another window or an imported bundle) while you edited it. Saving writes your version over those changes; Cancel keeps them.</source>
        <translation>Esta organización se ha modificado en otro lugar (otra ventana o un paquete importado) mientras la editaba. Guardar escribe su versión sobre esos cambios; Cancelar los conserva.</translation>
    </message>
    <message>
        <source>This organisation was deleted elsewhere (another window or an imported bundle) while the form was open; there is nothing left to save it to.</source>
        <translation>Esta organización se ha eliminado en otro lugar (otra ventana o un paquete importado) mientras el formulario estaba abierto; ya no existe dónde guardarla.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as 2024-05-31</source>
        <translation>{value} no es una fecha; escríbala como 2024-05-31</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>type part of the name, then Find</source>
        <translation>escriba parte del nombre y pulse Buscar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguna todavía)</translation>
    </message>
    <message>
        <source>New organisation (not in the register)</source>
        <translation>Nueva organización (no está en el registro)</translation>
    </message>
    <message>
        <source>cluster member</source>
        <translation>miembro del clúster</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>{name} — {type}, member, {city} ({country})</source>
        <translation>{name} — {type}, miembro, {city} ({country})</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF/IVA</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Kept by office {office_id}: read-only here</source>
        <translation>La gestiona la oficina {office_id}: aquí es de solo lectura</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{pending}

Save them before going on?</source>
        <translation>{pending}

¿Guardarlos antes de continuar?</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF/IVA</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>What matched:</source>
        <translation>Qué coincide:</translation>
    </message>
    <message>
        <source>What differs (each makes it less likely):</source>
        <translation>Qué difiere (cada diferencia lo hace menos probable):</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Registered by one office</source>
        <translation>Registrada por una oficina</translation>
    </message>
    <message>
        <source>Registered by another</source>
        <translation>Registrada por otra</translation>
    </message>
    <message>
        <source>How likely the same</source>
        <translation>Probabilidad de que sea la misma</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>PartnersKeysDialog</name>
    <message>
        <source>Partners and keys</source>
        <translation>Socios y claves</translation>
    </message>
    <message>
        <source>This office&apos;s card</source>
        <translation>Tarjeta de esta oficina</translation>
    </message>
    <message>
        <source>Partners compare this fingerprint with the one their window shows when they register your card: read it aloud on a call, group by group, or let them scan the QR code with a phone.</source>
        <translation>Los socios comparan esta huella digital con la que muestra su ventana al registrar su tarjeta: léala en voz alta en una llamada, grupo a grupo, o déjeles escanear el código QR con un móvil.</translation>
    </message>
    <message>
        <source>Save my card to a file…</source>
        <translation>Guardar mi tarjeta en un archivo…</translation>
    </message>
    <message>
        <source>Change this office&apos;s keys…</source>
        <translation>Cambiar las claves de esta oficina…</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register each partner&apos;s card; your bundle carries them to the other partners.</source>
        <translation>Los paquetes de una oficina solo se aceptan cuando su tarjeta está registrada aquí. Registre la tarjeta de cada socio; su paquete las lleva a los demás socios.</translation>
    </message>
    <message>
        <source>An office&apos;s bundles are taken only when its card is registered here. Register the coordinator&apos;s card; the coordinator&apos;s bundle brings the other partners&apos; cards.</source>
        <translation>Los paquetes de una oficina solo se aceptan cuando su tarjeta está registrada aquí. Registre la tarjeta del coordinador; el paquete del coordinador trae las tarjetas de los demás socios.</translation>
    </message>
    <message>
        <source>Register a partner&apos;s card…</source>
        <translation>Registrar la tarjeta de un socio…</translation>
    </message>
    <message>
        <source>Revoke the key…</source>
        <translation>Revocar la clave…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The key of {office_name} was replaced; its fingerprint is {groups}.</source>
        <translation>Se ha sustituido la clave de {office_name}; su huella digital es {groups}.</translation>
    </message>
    <message>
        <source>Registered the card of {office_name} (fingerprint {groups}): its bundles are taken from now on.</source>
        <translation>Se ha registrado la tarjeta de {office_name} (huella digital {groups}): a partir de ahora se aceptan sus paquetes.</translation>
    </message>
    <message>
        <source>The key of {name} is revoked: its bundles are refused from now on.</source>
        <translation>La clave de {name} está revocada: a partir de ahora se rechazan sus paquetes.</translation>
    </message>
    <message>
        <source>Save my office card</source>
        <translation>Guardar mi tarjeta de oficina</translation>
    </message>
    <message>
        <source>Saved the card of {office} to {path}. Send it to your partners (e-mail or USB stick), then compare the fingerprint with them on a call.</source>
        <translation>Se ha guardado la tarjeta de {office} en {path}. Envíela a sus socios (por correo electrónico o memoria USB) y compare después la huella digital con ellos por teléfono.</translation>
    </message>
    <message>
        <source>Making the new keys</source>
        <translation>Creando las claves nuevas</translation>
    </message>
    <message>
        <source>New keys made: the fingerprint is now {fingerprint}. Save the new card and send it to every partner; they refuse your bundles until they register it.</source>
        <translation>Nuevas claves creadas: la huella digital es ahora {fingerprint}. Guarde la nueva tarjeta y envíela a cada socio; rechazarán sus paquetes hasta que la registren.</translation>
    </message>
    <message>
        <source>Register a partner&apos;s card</source>
        <translation>Registrar la tarjeta de un socio</translation>
    </message>
    <message>
        <source>Card already registered</source>
        <translation>Tarjeta ya registrada</translation>
    </message>
    <message>
        <source>The card of {office_name} is registered here with this key already (fingerprint {fingerprint}). Nothing changed.</source>
        <translation>La tarjeta de {office_name} ya está registrada aquí con esta clave (huella digital {fingerprint}). No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Revoked on {date}</source>
        <translation>Revocada el {date}</translation>
    </message>
    <message>
        <source>Registered on {date}</source>
        <translation>Registrada el {date}</translation>
    </message>
    <message>
        <source>No card registered yet</source>
        <translation>Aún no hay ninguna tarjeta registrada</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Fitted to the width</source>
        <translation>Ajustado al ancho</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} guardado en {folder}.</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Reporting periods</source>
        <translation>Periodos de informe</translation>
    </message>
    <message>
        <source>The grant&apos;s reporting periods: the project&apos;s start and the length of each period in months. Every figure of the Reports page and of the report pack follows them.</source>
        <translation>Los periodos de informe de la subvención: el inicio del proyecto y la duración de cada periodo en meses. Todas las cifras de la página Informes y del dosier de informes se basan en ellos.</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Inicio del proyecto</translation>
    </message>
    <message>
        <source>Months in each period</source>
        <translation>Meses de cada periodo</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Guardar periodos</translation>
    </message>
    <message>
        <source>Write the length of each period in months, separated by commas (12, 12).</source>
        <translation>Escriba la duración de cada periodo en meses, separada por comas (12, 12).</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Register persons from the member register</source>
        <translation>Inscribir personas desde el registro de miembros</translation>
    </message>
    <message>
        <source>Search name, e-mail or organisation…</source>
        <translation>Buscar nombre, correo electrónico u organización…</translation>
    </message>
    <message>
        <source>Register selected</source>
        <translation>Inscribir seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%n persons match</source>
        <translation>
            <numerusform>%n persona coincide</numerusform>
            <numerusform>%n personas coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>PlannedEffortDialog</name>
    <message>
        <source>Planned effort (person-months)</source>
        <translation>Esfuerzo previsto (personas-mes)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{office} {package}: “{text}” is not a number</source>
        <translation>{office} {package}: «{text}» no es un número</translation>
    </message>
    <message>
        <source>{office} {package}: {text} is not a number of months</source>
        <translation>{office} {package}: {text} no es un número de meses</translation>
    </message>
    <message>
        <source>Person-months each office plans on each work package:</source>
        <translation>Personas-mes que cada oficina prevé en cada paquete de trabajo:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>BLUES Desktop — the database is damaged</source>
        <translation>BLUES Desktop — la base de datos está dañada</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>daño desconocido</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The database could not be opened safely.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The start-up check of &lt;code&gt;{path}&lt;/code&gt; found: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;You can put a backup in its place. The damaged file is kept aside next to it (nothing is deleted), so it can still be examined. Changes made after the backup was taken are not in it; a bundle sent to the coordinator since then can bring them back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se ha podido abrir la base de datos de forma segura.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La comprobación de inicio de &lt;code&gt;{path}&lt;/code&gt; ha encontrado: &lt;i&gt;{problem}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Puede poner una copia de seguridad en su lugar. El archivo dañado se guarda aparte junto a ella (no se borra nada), para que pueda examinarse. Los cambios hechos después de la copia no están en ella; un paquete enviado al coordinador desde entonces puede recuperarlos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>passes the check</source>
        <translation>supera la comprobación</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>dañada: {problem}</translation>
    </message>
    <message>
        <source>No backup in {backups} passes the check. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>Ninguna copia de seguridad de {backups} supera la comprobación. El archivo dañado sigue donde está; `blues doctor` muestra qué falla.</translation>
    </message>
    <message>
        <source>There are no backups in {backups}. The damaged file stays where it is; `blues doctor` shows what is wrong.</source>
        <translation>No hay copias de seguridad en {backups}. El archivo dañado sigue donde está; `blues doctor` muestra qué falla.</translation>
    </message>
    <message>
        <source>The backup was not restored: {exc}</source>
        <translation>No se ha restaurado la copia de seguridad: {exc}</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}. The damaged file is kept as {file}.</source>
        <translation>Restaurado desde la copia de seguridad del {taken}. El archivo dañado se conserva como {file}.</translation>
    </message>
    <message>
        <source>Restored from the backup of {taken}.</source>
        <translation>Restaurado desde la copia de seguridad del {taken}.</translation>
    </message>
</context>
<context>
    <name>RegisterCardDialog</name>
    <message>
        <source>New keys for {name}</source>
        <translation>Nuevas claves de {name}</translation>
    </message>
    <message>
        <source>Register the card of {name}</source>
        <translation>Registrar la tarjeta de {name}</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Sustituir la clave</translation>
    </message>
    <message>
        <source>Register the card</source>
        <translation>Registrar la tarjeta</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on {date}). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>{name} está registrado aquí con otras claves (huella digital {fingerprint}, registrada el {date}). Esta tarjeta las sustituye: a partir de ahora, aquí se rechazan sus paquetes firmados con las claves antiguas y los paquetes que usted escriba se cifran con la nueva clave.</translation>
    </message>
    <message>
        <source>{name} is registered here with other keys (fingerprint {fingerprint}, registered on an earlier day). This card replaces them: from now on their bundles signed with the old keys are refused here, and the bundles you write are encrypted to the new key.</source>
        <translation>{name} está registrado aquí con otras claves (huella digital {fingerprint}, registrada en una fecha anterior). Esta tarjeta las sustituye: a partir de ahora, aquí se rechazan sus paquetes firmados con las claves antiguas y los paquetes que usted escriba se cifran con la nueva clave.</translation>
    </message>
    <message>
        <source>An office&apos;s keys change when it changes them on purpose (a new or a lost laptop). If {name} did not tell you they changed their keys, do not replace the key: call them first.</source>
        <translation>Las claves de una oficina cambian cuando esta las cambia a propósito (un portátil nuevo o perdido). Si {name} no le ha avisado de que ha cambiado sus claves, no sustituya la clave: llame primero.</translation>
    </message>
    <message>
        <source>Before {name} is trusted, compare this fingerprint with them: call them and have them read theirs aloud (their window shows it under Partners and keys), or scan the QR code they show you. Go on only if every group matches.</source>
        <translation>Antes de confiar en {name}, compare esta huella digital con ellos: llámelos y pídales que lean la suya en voz alta (su ventana la muestra en Socios y claves), o escanee el código QR que le muestren. Continúe solo si coinciden todos los grupos.</translation>
    </message>
    <message>
        <source>For example: they changed their keys after a new laptop</source>
        <translation>Por ejemplo: cambiaron sus claves tras estrenar un portátil</translation>
    </message>
    <message>
        <source>Why the key is replaced:</source>
        <translation>Por qué se sustituye la clave:</translation>
    </message>
    <message>
        <source>I compared the fingerprint with {name}, and every group matches.</source>
        <translation>He comparado la huella digital con {name} y todos los grupos coinciden.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register an exchange</source>
        <translation>Registrar un intercambio</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Organización visitante</translation>
    </message>
    <message>
        <source>Its cluster (for an SME visitor)</source>
        <translation>Su clúster (para una pyme visitante)</translation>
    </message>
    <message>
        <source>Host organisation (if known)</source>
        <translation>Organización de acogida (si se conoce)</translation>
    </message>
    <message>
        <source>from the gazetteer</source>
        <translation>del nomenclátor</translation>
    </message>
    <message>
        <source>only for a second visit of the same organisation</source>
        <translation>solo para una segunda visita de la misma organización</translation>
    </message>
    <message>
        <source>path of the CV (PDF), optional</source>
        <translation>ruta del CV (PDF), opcional</translation>
    </message>
    <message>
        <source>Travelling person: first name</source>
        <translation>Persona que viaja: nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Asociación del visitante</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <source>Preferred sector</source>
        <translation>Sector preferido</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Closing report — {reference}</source>
        <translation>Informe final — {reference}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Contactos establecidos</translation>
    </message>
    <message>
        <source>Agreements signed or planned</source>
        <translation>Acuerdos firmados o previstos</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>would recommend a ClusterXchange exchange</source>
        <translation>recomendaría un intercambio ClusterXchange</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>no host yet</source>
        <translation>aún sin anfitrión</translation>
    </message>
    <message>
        <source>{visitor} → {host}</source>
        <translation>{visitor} → {host}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports and KPIs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informes e indicadores clave&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>a fecha de</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Exportar libro…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Periods…</source>
        <translation>Periodos…</translation>
    </message>
    <message>
        <source>Set the project&apos;s start and the length of each period</source>
        <translation>Fijar el inicio del proyecto y la duración de cada periodo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; (figures from {start} to {end}): exchanges held &lt;b&gt;{held} of {target}&lt;/b&gt;, under way or done {live}; members &lt;b&gt;{members}&lt;/b&gt; (counted once); organisations reached {reached}; events {events}, participants {participants}; person-months declared {declared} of {planned} planned; paid {paid}</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; (cifras del {start} al {end}): intercambios realizados &lt;b&gt;{held} de {target}&lt;/b&gt;, en curso o terminados {live}; miembros &lt;b&gt;{members}&lt;/b&gt; (contados una vez); organizaciones alcanzadas {reached}; eventos {events}, participantes {participants}; personas-mes declaradas {declared} de {planned} previstas; pagado {paid}</translation>
    </message>
    <message>
        <source>Export the report pack as a workbook</source>
        <translation>Exportar el paquete de informes como libro de Excel</translation>
    </message>
    <message>
        <source>Export the report pack as a PDF</source>
        <translation>Exportar el paquete de informes como PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name} in {parent}.</source>
        <translation>{name} guardado en {parent}.</translation>
    </message>
    <message>
        <source>Writing the report pack…</source>
        <translation>Escribiendo el dosier de informes…</translation>
    </message>
    <message>
        <source>Whole project (from {start})</source>
        <translation>Todo el proyecto (desde el {start})</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end})</source>
        <translation>Periodo {number} (del {start} al {end})</translation>
    </message>
    <message>
        <source>Whole project (from {start}), as of {as_of}</source>
        <translation>Todo el proyecto (desde el {start}), a fecha de {as_of}</translation>
    </message>
    <message>
        <source>Period {number} ({start} to {end}), as of {as_of}</source>
        <translation>Periodo {number} (del {start} al {end}), a fecha de {as_of}</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke the key of {name}</source>
        <translation>Revocar la clave de {name}</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>Revocar la clave</translation>
    </message>
    <message>
        <source>Revoke a key when it is lost, stolen or no longer used by {name} (fingerprint {value}).</source>
        <translation>Revoque una clave cuando se haya perdido, la hayan robado o {name} ya no la use (huella digital {value}).</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the bundles you write are no longer encrypted to {name}. A revoked key is never trusted again: only a new card, after {name} changes its keys, is.</source>
        <translation>A partir de ahora, aquí se rechazan los paquetes firmados con esta clave y los paquetes que usted escriba dejan de cifrarse para {name}. Una clave revocada nunca vuelve a ser de confianza: solo lo será una nueva tarjeta, después de que {name} cambie sus claves.</translation>
    </message>
    <message>
        <source>Your next bundle tells every partner that this key is revoked, so they stop trusting it too.</source>
        <translation>Su próximo paquete comunica a todos los socios que esta clave está revocada, para que también dejen de confiar en ella.</translation>
    </message>
    <message>
        <source>This is the coordinator: you cannot send bundles until you register the coordinator&apos;s new card.</source>
        <translation>Es el coordinador: no podrá enviar paquetes hasta que registre la nueva tarjeta del coordinador.</translation>
    </message>
    <message>
        <source>For example: their laptop was stolen</source>
        <translation>Por ejemplo: les robaron el portátil</translation>
    </message>
    <message>
        <source>Why the key is revoked:</source>
        <translation>Por qué se revoca la clave:</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Change this office&apos;s keys</source>
        <translation>Cambiar las claves de esta oficina</translation>
    </message>
    <message>
        <source>Change the keys</source>
        <translation>Cambiar las claves</translation>
    </message>
    <message>
        <source>New keys are made for {office_name}. Change them when the laptop that holds them was lost or stolen, when someone who knew the passphrase left, or once a year.</source>
        <translation>Se crean nuevas claves para {office_name}. Cámbielas cuando se haya perdido o robado el portátil que las contiene, cuando se haya ido alguien que conocía la frase de contraseña, o una vez al año.</translation>
    </message>
    <message>
        <source>What it means: from now on your bundles are signed with the new key. Every partner that registered your current card refuses them until it registers your new card, so send the new card to each of them (and to the coordinator) and compare the new fingerprint on a call. The old keys are kept, retired: bundles already sealed to them still open here.</source>
        <translation>Qué significa: a partir de ahora sus paquetes se firman con la nueva clave. Cada socio que registró su tarjeta actual los rechazará hasta que registre la nueva, así que envíe la nueva tarjeta a cada uno de ellos (y al coordinador) y compare la nueva huella digital por teléfono. Las claves antiguas se conservan, retiradas: los paquetes ya sellados para ellas se siguen abriendo aquí.</translation>
    </message>
    <message>
        <source>For example: yearly change, or the laptop was lost</source>
        <translation>Por ejemplo: cambio anual, o se perdió el portátil</translation>
    </message>
    <message>
        <source>Why the keys are changed:</source>
        <translation>Por qué se cambian las claves:</translation>
    </message>
    <message>
        <source>Passphrase of the office keys:</source>
        <translation>Frase de contraseña de las claves de la oficina:</translation>
    </message>
    <message>
        <source>The new keys are protected by the same passphrase.</source>
        <translation>Las nuevas claves están protegidas con la misma frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Programme rules (version {version} in force)</source>
        <translation>Normas del programa (versión {version} vigente)</translation>
    </message>
    <message>
        <source>Money and duration</source>
        <translation>Importes y duración</translation>
    </message>
    <message>
        <source>Countries and thresholds</source>
        <translation>Países y umbrales</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>accepted as well</source>
        <translation>también se acepta</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no se pide</translation>
    </message>
    <message>
        <source>Money and duration, cap</source>
        <translation>Importes y duración, tope</translation>
    </message>
    <message>
        <source>Money and duration, halving (working days)</source>
        <translation>Importes y duración, reducción a la mitad (días laborables)</translation>
    </message>
    <message>
        <source>Money and duration, halving (km)</source>
        <translation>Importes y duración, reducción a la mitad (km)</translation>
    </message>
    <message>
        <source>Money and duration, shortest stay</source>
        <translation>Importes y duración, estancia mínima</translation>
    </message>
    <message>
        <source>Money and duration, longest stay</source>
        <translation>Importes y duración, estancia máxima</translation>
    </message>
    <message>
        <source>Money and duration, pay within</source>
        <translation>Importes y duración, pago en un plazo de</translation>
    </message>
    <message>
        <source>Visitors and evidence</source>
        <translation>Visitantes y justificantes</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Preguntas de evaluación</translation>
    </message>
    <message>
        <source>Read-only: the coordinator (BPT) keeps the rules; they arrive in its bundle.</source>
        <translation>Solo lectura: el coordinador (BPT) gestiona las normas; llegan en su paquete.</translation>
    </message>
    <message>
        <source>e.g. 2027 call: new thresholds</source>
        <translation>p. ej. convocatoria 2027: nuevos umbrales</translation>
    </message>
    <message>
        <source>New version valid from</source>
        <translation>Nueva versión válida desde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>Publicar como nueva versión</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while this window was open (another window or an imported bundle); the form now shows it.</source>
        <translation>Ha llegado la versión {version} de las normas del programa mientras esta ventana estaba abierta (desde otra ventana o un paquete importado); el formulario la muestra ahora.</translation>
    </message>
    <message>
        <source>Version {version} of the programme rules came in while you edited them (another window or an imported bundle). Publishing makes your version the newest; Close keeps theirs.</source>
        <translation>Ha llegado la versión {version} de las normas del programa mientras las editaba (desde otra ventana o un paquete importado). Al publicar, su versión pasa a ser la más reciente; Cerrar conserva la otra.</translation>
    </message>
    <message>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días laborables</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> days after the exchange</source>
        <translation> días después del intercambio</translation>
    </message>
    <message>
        <source>Cap per visiting organisation</source>
        <translation>Límite por organización visitante</translation>
    </message>
    <message>
        <source>Halve the lump sum if the stay is under</source>
        <translation>Reducir a la mitad el importe a tanto alzado si la estancia es inferior a</translation>
    </message>
    <message>
        <source>… or the distance is under</source>
        <translation>… o la distancia es inferior a</translation>
    </message>
    <message>
        <source>Shortest stay</source>
        <translation>Estancia mínima</translation>
    </message>
    <message>
        <source>Longest stay</source>
        <translation>Estancia máxima</translation>
    </message>
    <message>
        <source>Pay within</source>
        <translation>Pagar en un plazo de</translation>
    </message>
    <message>
        <source>The lump sum is the threshold of the host&apos;s country, halved once, never above the cap. Agreements already issued keep the version they were computed under.</source>
        <translation>El importe a tanto alzado es el umbral del país de acogida, reducido a la mitad una vez y nunca superior al límite. Los acuerdos ya emitidos conservan la versión con la que se calcularon.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Host and visitor must both be in a country that takes part in COSME.</source>
        <translation>La organización de acogida y la visitante deben estar en un país que participe en COSME.</translation>
    </message>
    <message>
        <source>Threshold of the selected countries:</source>
        <translation>Umbral de los países seleccionados:</translation>
    </message>
    <message>
        <source>Who may visit (the others may only host)</source>
        <translation>Quién puede visitar (los demás solo pueden acoger)</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>May visit</source>
        <translation>Puede visitar</translation>
    </message>
    <message>
        <source>Must be a member</source>
        <translation>Debe ser miembro</translation>
    </message>
    <message>
        <source>Must name its cluster</source>
        <translation>Debe indicar su clúster</translation>
    </message>
    <message>
        <source>{type}: may visit</source>
        <translation>{type}: puede visitar</translation>
    </message>
    <message>
        <source>{type}: must be a member</source>
        <translation>{type}: debe ser miembro</translation>
    </message>
    <message>
        <source>{type}: must name its cluster</source>
        <translation>{type}: debe indicar su clúster</translation>
    </message>
    <message>
        <source>Evidence for the payment</source>
        <translation>Justificantes para el pago</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Recorded with every change you make from now on</source>
        <translation>Se registra desde ahora con cada cambio que haga</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Cannot be moved here: {blocked}.</source>
        <translation>No se puede mover desde aquí: {blocked}.</translation>
    </message>
    <message>
        <source>Backups are taken before every upgrade, import and restore</source>
        <translation>Se hace una copia de seguridad antes de cada actualización, importación y restauración</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Copias de seguridad conservadas</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>As the system ({system})</source>
        <translation>Como el sistema ({system})</translation>
    </message>
    <message>
        <source>The window changes language when you save; unsaved work is kept or asked about</source>
        <translation>La ventana cambia de idioma al guardar; el trabajo sin guardar se conserva o se le pregunta qué hacer</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>Mover la carpeta de datos a</translation>
    </message>
    <message>
        <source>The data will be copied there and checked; BLUES Desktop then closes, and opens the new place at the next start. The old folder {root} is kept until you delete it.</source>
        <translation>Los datos se copiarán allí y se comprobarán; después BLUES Desktop se cerrará y abrirá la nueva ubicación en el próximo inicio. La carpeta anterior {root} se conserva hasta que usted la borre.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up BLUES Desktop</source>
        <translation>Configurar BLUES Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to BLUES Desktop.&lt;/b&gt;&lt;br&gt;Choose the office this computer works for. The app creates its database and the office&apos;s keys (for signing and receiving bundles) in&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Bienvenido a BLUES Desktop.&lt;/b&gt;&lt;br&gt;Elija la oficina para la que trabaja este ordenador. La aplicación crea su base de datos y las claves de la oficina (para firmar y recibir paquetes) en&lt;br&gt;&lt;code&gt;{root}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Choose the office of this computer…</source>
        <translation>Elija la oficina de este ordenador…</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>e.g. María Pérez</source>
        <translation>p. ej. María Pérez</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de las claves:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase de contraseña:</translation>
    </message>
    <message>
        <source>A passphrase protects the office&apos;s keys on this computer. Keep it safe: without it the keys cannot be opened, and no bundle can be written or read here. Leave it empty to rely on this computer&apos;s user account alone.</source>
        <translation>Una frase de contraseña protege las claves de la oficina en este ordenador. Guárdela bien: sin ella no se pueden abrir las claves, ni escribir o leer ningún paquete aquí. Déjela vacía para confiar solo en la cuenta de usuario de este ordenador.</translation>
    </message>
    <message>
        <source>Create office</source>
        <translation>Crear la oficina</translation>
    </message>
    <message>
        <source>Choose the office this computer works for.</source>
        <translation>Elija la oficina para la que trabaja este ordenador.</translation>
    </message>
    <message>
        <source>Your name is needed: it is recorded with every change you make.</source>
        <translation>Falta su nombre: se registra con cada cambio que haga.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Editar empleado</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nuevo empleado</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Fin del contrato</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Contratado desde</translation>
    </message>
    <message>
        <source>Contract hours a week</source>
        <translation>Horas semanales de contrato</translation>
    </message>
    <message>
        <source>Annual productive hours</source>
        <translation>Horas productivas anuales</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Public holidays of region</source>
        <translation>Festivos de la región</translation>
    </message>
    <message>
        <source>The name, role and e-mail are kept for the grant&apos;s timesheets (employment contract and EU reporting). “Erase personal data…” removes them on request; the hours stay, as the grant&apos;s accounting records.</source>
        <translation>El nombre, el cargo y el correo electrónico se conservan para las hojas de horas de la subvención (contrato laboral e informes a la UE). «Borrar datos personales…» los elimina a petición; las horas se conservan como registros contables de la subvención.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>{name}, {role}, employed from {date}</source>
        <translation>{name}, {role}, contratado/a desde el {date}</translation>
    </message>
    <message>
        <source>{name}, employed from {date}</source>
        <translation>{name}, contratado/a desde el {date}</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} horas semanales</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>Responsable: {name}</translation>
    </message>
</context>
<context>
    <name>TimesheetsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personal&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Nuevo empleado…</translation>
    </message>
    <message>
        <source>No staff yet. Add the people who work on BLUES to fill their timesheets.</source>
        <translation>Aún no hay personal. Añada a las personas que trabajan en BLUES para rellenar sus hojas de horas.</translation>
    </message>
    <message>
        <source>Add a member of staff whose hours are recorded</source>
        <translation>Añadir un empleado cuyas horas se registran</translation>
    </message>
    <message>
        <source>Edit the selected member of staff</source>
        <translation>Editar el empleado seleccionado</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year and work packages</source>
        <translation>Año y paquetes de trabajo</translation>
    </message>
    <message>
        <source>The hours of {name} for {month} are not saved yet.</source>
        <translation>Las horas de {name} de {month} aún no se han guardado.</translation>
    </message>
    <message>
        <source>Add the office&apos;s staff to fill their timesheets.</source>
        <translation>Añada el personal de la oficina para rellenar sus hojas de horas.</translation>
    </message>
    <message>
        <source>Staff of office {office}: shown read-only.</source>
        <translation>Personal de la oficina {office}: se muestra en solo lectura.</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}: locked. Reopen it with a reason to change it.</source>
        <translation>Aprobada el {date} por {name}: bloqueada. Reábrala indicando un motivo para modificarla.</translation>
    </message>
    <message>
        <source>The hours differ from what was approved (content fingerprint).</source>
        <translation>Las horas difieren de las aprobadas (huella del contenido).</translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation>Reabierta: {reason}</translation>
    </message>
    <message>
        <source>Approved: {names}</source>
        <translation>Aprobadas: {names}</translation>
    </message>
    <message>
        <source>Approved: none</source>
        <translation>Aprobadas: ninguna</translation>
    </message>
    <message>
        <source>Not approved — {name}: {reason}</source>
        <translation>No aprobada — {name}: {reason}</translation>
    </message>
    <message>
        <source>Approve {month}</source>
        <translation>Aprobar {month}</translation>
    </message>
    <message>
        <source>Approving {month}…</source>
        <translation>Aprobando {month}…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s name, e-mail and role, from the record and its history? The hours stay as the grant&apos;s records, shown as “{ERASED}”; the PDFs printed at approval are deleted (the hours can be printed again). The erasure travels in bundles and cannot be undone.

On whose request, and why?</source>
        <translation>¿Borrar el nombre, el correo electrónico y el cargo de {name} del registro y de su historial? Las horas se mantienen como registros de la subvención, mostradas como «{ERASED}»; los PDF impresos al aprobar se eliminan (las horas se pueden volver a imprimir). El borrado viaja en los paquetes y no se puede deshacer.

¿A petición de quién y por qué?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>The new staff member is saved and selected in the list.</source>
        <translation>El nuevo empleado se ha guardado y está seleccionado en la lista.</translation>
    </message>
    <message>
        <source>An erasure needs a reason; nothing was erased.</source>
        <translation>Un borrado necesita un motivo; no se ha borrado nada.</translation>
    </message>
</context>
<context>
    <name>TypicalWeekDialog</name>
    <message>
        <source>Fill from a typical week</source>
        <translation>Rellenar con una semana tipo</translation>
    </message>
    <message>
        <source>Fill empty days</source>
        <translation>Rellenar los días vacíos</translation>
    </message>
    <message>
        <source>Empty working days of the month get these hours; days with hours, absences, public holidays (which get the public holiday row) and weekends stay as they are.</source>
        <translation>Los días laborables vacíos del mes reciben estas horas; los días con horas, las ausencias, los festivos (que reciben la fila de festivo) y los fines de semana quedan como están.</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who is using BLUES Desktop?</source>
        <translation>¿Quién usa BLUES Desktop?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Choose your name: every change, approval and bundle records who made it.</source>
        <translation>&lt;b&gt;{office_label}&lt;/b&gt;&lt;br&gt;Elija su nombre: cada cambio, aprobación y paquete registra quién lo hizo.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Añadir un usuario…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>The new user&apos;s name:</source>
        <translation>Nombre del nuevo usuario:</translation>
    </message>
    <message>
        <source>Choose your name, or add it.</source>
        <translation>Elija su nombre o añádalo.</translation>
    </message>
</context>
<context>
    <name>YearPackagesModel</name>
    <message>
        <source>Work package</source>
        <translation>Paquete de trabajo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personas-mes</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>PM declaradas</translation>
    </message>
    <message>
        <source>Planned PM</source>
        <translation>PM previstas</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% del plan</translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>Planned effort…</source>
        <translation>Esfuerzo previsto…</translation>
    </message>
    <message>
        <source>Person-months = hours / (annual productive hours / 12). Declared effort counts approved (locked) months only; the plan is set by the coordinator.</source>
        <translation>Personas-mes = horas / (horas productivas anuales / 12). El esfuerzo declarado solo cuenta los meses aprobados (bloqueados); el plan lo fija el coordinador.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The office per work package&lt;/b&gt;</source>
        <translation>&lt;b&gt;La oficina por paquete de trabajo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per staff member (hours / person-months)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por empleado (horas / personas-mes)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export timesheets</source>
        <translation>Exportar hojas de horas</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {path}.</source>
        <translation>
            <numerusform>Se ha escrito %n fila en {path}.</numerusform>
            <numerusform>Se han escrito %n filas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They cover %n staff members.</source>
        <translation>
            <numerusform>Abarcan a %n empleado.</numerusform>
            <numerusform>Abarcan a %n empleados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
</context>
<context>
    <name>YearStaffModel</name>
    <message>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>BLUES PM</source>
        <translation>PM BLUES</translation>
    </message>
    <message>
        <source>Declared PM</source>
        <translation>PM declaradas</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Meses aprobados</translation>
    </message>
</context>
<context>
    <name>_CountriesTable</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Takes part in COSME</source>
        <translation>Participa en COSME</translation>
    </message>
    <message>
        <source>Threshold (EUR)</source>
        <translation>Umbral (EUR)</translation>
    </message>
</context>
<context>
    <name>_QuestionsTable</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Question (scored 1–5)</source>
        <translation>Pregunta (puntuada de 1 a 5)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The offline tool of the BLUES partnership — {project}: BalticNet-PlasmaTec (coordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE and Aqua-Valley.</source>
        <translation>La herramienta sin conexión de la asociación BLUES — {project}: BalticNet-PlasmaTec (coordinador), Nanoprogress, Mazovia ICT Cluster, ZINNAE y Aqua-Valley.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Start the BLUES Desktop window.</source>
        <translation>Iniciar la ventana de BLUES Desktop.</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card ({code}) is registered: you can send and receive bundles.</source>
        <translation>La tarjeta del coordinador ({code}) está registrada: puede enviar y recibir paquetes.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s card is not registered yet: register it in Partners and keys before you send a bundle.</source>
        <translation>La tarjeta del coordinador aún no está registrada: regístrela en Socios y claves antes de enviar un paquete.</translation>
    </message>
    <message>
        <source>Every partner&apos;s card is registered ({trusted}).</source>
        <translation>Están registradas las tarjetas de todos los socios ({trusted}).</translation>
    </message>
    <message>
        <source>No partner&apos;s card is registered yet ({missing}): register them to exchange bundles.</source>
        <translation>Aún no hay ninguna tarjeta de socio registrada ({missing}): regístrelas para intercambiar paquetes.</translation>
    </message>
    <message>
        <source>Cards registered: {trusted}. Not registered (or revoked): {missing}.</source>
        <translation>Tarjetas registradas: {trusted}. Sin registrar (o revocadas): {missing}.</translation>
    </message>
</context>
<context>
    <name>card_view</name>
    <message>
        <source>The office card as a QR code. On a call, your partner scans it with a phone and compares the fingerprint it shows with the one in their window.</source>
        <translation>La tarjeta de oficina como código QR. Durante una llamada, su socio la escanea con un teléfono y compara la huella digital que muestra con la de su ventana.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(sin idioma)</translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(todo el país)</translation>
    </message>
</context>
<context>
    <name>contact_merge</name>
    <message>
        <source>Merge contacts</source>
        <translation>Combinar contactos</translation>
    </message>
    <message>
        <source>Merge which contact into {kept}? Its event registrations, exchanges and consent can move to the kept contact; you choose each differing field next.</source>
        <translation>¿Qué contacto combinar con {kept}? Sus inscripciones a eventos, intercambios y consentimiento pueden pasar al contacto conservado; después elegirá cada campo que difiera.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Office cards (*.json *.card);;All files (*)</source>
        <translation>Tarjetas de oficina (*.json *.card);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>edit_dialog</name>
    <message>
        <source>Legal name *</source>
        <translation>Razón social *</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF/IVA</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Sectors (comma-separated)</source>
        <translation>Sectores (separados por comas)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Member since (YYYY-MM-DD)</source>
        <translation>Miembro desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Member until (YYYY-MM-DD)</source>
        <translation>Miembro hasta (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>El disco está lleno, por lo que no se ha guardado el cambio. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (read-only), so the change was not saved.</source>
        <translation>No se puede escribir en la carpeta de datos (solo lectura), por lo que no se ha guardado el cambio.</translation>
    </message>
    <message>
        <source>Something went wrong that BLUES Desktop did not expect. Your data is as it was before this action. You can go on working.</source>
        <translation>Se ha producido un error inesperado en BLUES Desktop. Sus datos están como antes de esta acción. Puede seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Member lists (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Listas de miembros (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>import_tables</name>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>changes: {fields}</source>
        <translation>cambios: {fields}</translation>
    </message>
    <message>
        <source>already in the register</source>
        <translation>ya está en el registro</translation>
    </message>
    <message>
        <source>Organisation or contact</source>
        <translation>Organización o contacto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF/IVA</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>contact: {name} ({organisation})</source>
        <translation>contacto: {name} ({organisation})</translation>
    </message>
    <message>
        <source>contact: {name}</source>
        <translation>contacto: {name}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>REFUSED {exc}</source>
        <translation>RECHAZADO {exc}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Info day</source>
        <translation>Jornada informativa</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>Encuentros de negocios</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudio</translation>
    </message>
    <message>
        <source>Partner meeting</source>
        <translation>Reunión de socios</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>travel invoice or ticket</source>
        <translation>factura o billete de viaje</translation>
    </message>
    <message>
        <source>accommodation invoice</source>
        <translation>factura de alojamiento</translation>
    </message>
    <message>
        <source>boarding pass</source>
        <translation>tarjeta de embarque</translation>
    </message>
    <message>
        <source>The exchange met the objectives set in the Commitment to Quality</source>
        <translation>El intercambio cumplió los objetivos fijados en el Compromiso de Calidad</translation>
    </message>
    <message>
        <source>The host organisation was well prepared and helpful</source>
        <translation>La organización de acogida estaba bien preparada y fue de ayuda</translation>
    </message>
    <message>
        <source>The exchange gave me useful business contacts</source>
        <translation>El intercambio me aportó contactos profesionales útiles</translation>
    </message>
    <message>
        <source>I learnt something I will use in my organisation</source>
        <translation>Aprendí algo que usaré en mi organización</translation>
    </message>
    <message>
        <source>The support of the partnership before and during the stay</source>
        <translation>El apoyo de la asociación antes y durante la estancia</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>validated by the partnership</source>
        <translation>validado por la asociación</translation>
    </message>
    <message>
        <source>matched (host and visitor accepted)</source>
        <translation>emparejado (acogida y visitante han aceptado)</translation>
    </message>
    <message>
        <source>Commitment to Quality signed</source>
        <translation>Compromiso de Calidad firmado</translation>
    </message>
    <message>
        <source>financial agreement signed</source>
        <translation>acuerdo financiero firmado</translation>
    </message>
    <message>
        <source>exchange held</source>
        <translation>intercambio realizado</translation>
    </message>
    <message>
        <source>closing report submitted</source>
        <translation>informe final presentado</translation>
    </message>
    <message>
        <source>closing report validated</source>
        <translation>informe final validado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>Other detail</source>
        <translation>Otro dato</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>Pyme</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Gran empresa</translation>
    </message>
    <message>
        <source>Research or technology centre</source>
        <translation>Centro de investigación o tecnológico</translation>
    </message>
    <message>
        <source>Scaling-up support organisation</source>
        <translation>Organización de apoyo al crecimiento (scale-up)</translation>
    </message>
    <message>
        <source>Cluster organisation</source>
        <translation>Organización de clúster</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Otra organización</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>link between organisations</source>
        <translation>vínculo entre organizaciones</translation>
    </message>
    <message>
        <source>links between organisations</source>
        <translation>vínculos entre organizaciones</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>intercambio</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>intercambios</translation>
    </message>
    <message>
        <source>exchange step</source>
        <translation>paso del intercambio</translation>
    </message>
    <message>
        <source>exchange steps</source>
        <translation>pasos del intercambio</translation>
    </message>
    <message>
        <source>closing report</source>
        <translation>informe final</translation>
    </message>
    <message>
        <source>closing reports</source>
        <translation>informes finales</translation>
    </message>
    <message>
        <source>stored file</source>
        <translation>archivo almacenado</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>archivos almacenados</translation>
    </message>
    <message>
        <source>programme rules</source>
        <translation>normas del programa</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>event day</source>
        <translation>día del evento</translation>
    </message>
    <message>
        <source>event days</source>
        <translation>días del evento</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inscripción</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>inscripciones</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>marca de asistencia</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>marcas de asistencia</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>empleado</translation>
    </message>
    <message>
        <source>staff members</source>
        <translation>empleados</translation>
    </message>
    <message>
        <source>timesheet line</source>
        <translation>línea de hoja de horas</translation>
    </message>
    <message>
        <source>timesheet lines</source>
        <translation>líneas de hoja de horas</translation>
    </message>
    <message>
        <source>timesheet month</source>
        <translation>mes de hoja de horas</translation>
    </message>
    <message>
        <source>timesheet months</source>
        <translation>meses de hoja de horas</translation>
    </message>
    <message>
        <source>planned effort</source>
        <translation>dedicación prevista</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>oficinas</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>paquetes</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF/IVA</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Check digit fails</source>
        <translation>Dígito de control erróneo</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Miembro hasta</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>ECCP profile</source>
        <translation>Perfil ECCP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Nombre para la comparación</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palabras de búsqueda</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s title: Dr., Prof.</comment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Finalidad del consentimiento</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origen del consentimiento</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Datos personales borrados</translation>
    </message>
    <message>
        <source>The same organisation</source>
        <translation>La misma organización</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Organización visitante</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Visitor&apos;s cluster</source>
        <translation>Clúster del visitante</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organización de acogida</translation>
    </message>
    <message>
        <source>Visitor&apos;s partnership</source>
        <translation>Asociación del visitante</translation>
    </message>
    <message>
        <source>Host&apos;s partnership</source>
        <translation>Asociación de la acogida</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>Distance typed in</source>
        <translation>Distancia introducida</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Lump sum (EUR)</source>
        <translation>Importe a tanto alzado (EUR)</translation>
    </message>
    <message>
        <source>Programme rules version</source>
        <translation>Versión de las normas del programa</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Número de acuerdo</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Host accepted on</source>
        <translation>Aceptado por la acogida el</translation>
    </message>
    <message>
        <source>Visitor accepted on</source>
        <translation>Aceptado por el visitante el</translation>
    </message>
    <message>
        <source>Agreement issued on</source>
        <translation>Acuerdo emitido el</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Del paso</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Al paso</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Contactos establecidos</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Lo recomendaría</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validado el</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Adjunto a</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Suma de control</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Añadido el</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>the name of an event</comment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Paquete de trabajo</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Coorganizadores</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Enlace en línea</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>Día del evento</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Conectado a las</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Employed from</source>
        <translation>Contratado desde</translation>
    </message>
    <message>
        <source>Employed until</source>
        <translation>Contratado hasta</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horas semanales</translation>
    </message>
    <message>
        <source>Productive hours a year</source>
        <translation>Horas productivas al año</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Región de festivos</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <source>Checksum of the hours</source>
        <translation>Suma de control de las horas</translation>
    </message>
    <message>
        <source>Checksum of the signed PDF</source>
        <translation>Suma de control del PDF firmado</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motivo de la reapertura</translation>
    </message>
    <message>
        <source>For office</source>
        <translation>Para la oficina</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personas-mes</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Id. de clave</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Registros fusionados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Nombre completo del contacto</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Who may visit</source>
        <translation>Quién puede visitar</translation>
    </message>
    <message>
        <source>COSME countries</source>
        <translation>Países COSME</translation>
    </message>
    <message>
        <source>United Kingdom takes part until</source>
        <translation>El Reino Unido participa hasta</translation>
    </message>
    <message>
        <source>Evaluation questions</source>
        <translation>Preguntas de evaluación</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Approved timesheet PDF</source>
        <translation>PDF de la hoja de horas aprobada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Se configuró esta oficina</translation>
    </message>
    <message>
        <source>Registered an office card</source>
        <translation>Se registró una tarjeta de oficina</translation>
    </message>
    <message>
        <source>Replaced an office&apos;s key</source>
        <translation>Se sustituyó la clave de una oficina</translation>
    </message>
    <message>
        <source>Revoked an office&apos;s key</source>
        <translation>Se revocó la clave de una oficina</translation>
    </message>
    <message>
        <source>Changed this office&apos;s keys</source>
        <translation>Se cambiaron las claves de esta oficina</translation>
    </message>
    <message>
        <source>Partner registry updated from a bundle</source>
        <translation>Registro de socios actualizado desde un paquete</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Datos de demostración añadidos</translation>
    </message>
    <message>
        <source>Imported a bundle</source>
        <translation>Se importó un paquete</translation>
    </message>
    <message>
        <source>Exported a bundle</source>
        <translation>Se exportó un paquete</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Se añadió un usuario</translation>
    </message>
    <message>
        <source>Renamed a user</source>
        <translation>Se cambió el nombre de un usuario</translation>
    </message>
    <message>
        <source>Merged from a bundle</source>
        <translation>Fusionado desde un paquete</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>WP1 Skills enhancement and strategy building</source>
        <translation>WP1 Mejora de competencias y desarrollo de estrategias</translation>
    </message>
    <message>
        <source>WP2 Joint activities</source>
        <translation>WP2 Actividades conjuntas</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange pilot scheme</source>
        <translation>WP3 Programa piloto ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach and awareness-raising</source>
        <translation>WP4 Difusión y sensibilización</translation>
    </message>
    <message>
        <source>WP5 Project management</source>
        <translation>WP5 Gestión del proyecto</translation>
    </message>
    <message>
        <source>Holiday (annual leave)</source>
        <translation>Vacaciones (permiso anual)</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Baja por enfermedad</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <source>Other activities not in BLUES</source>
        <translation>Otras actividades fuera de BLUES</translation>
    </message>
    <message>
        <source>WP1 Skills and strategy</source>
        <translation>WP1 Competencias y estrategia</translation>
    </message>
    <message>
        <source>WP3 ClusterXchange</source>
        <translation>WP3 ClusterXchange</translation>
    </message>
    <message>
        <source>WP4 Outreach</source>
        <translation>WP4 Difusión</translation>
    </message>
    <message>
        <source>Other, not BLUES</source>
        <translation>Otras, no BLUES</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Approved (locked)</source>
        <translation>Aprobada (bloqueada)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>No organisations in the register yet. Add one, or import your member list from a spreadsheet.</source>
        <translation>Aún no hay organizaciones en el registro. Añada una o importe su lista de miembros desde una hoja de cálculo.</translation>
    </message>
    <message>
        <source>No organisation matches the search or the filters.</source>
        <translation>Ninguna organización coincide con la búsqueda o los filtros.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Exchanges held (toward the target of 50)</source>
        <translation>Intercambios realizados (objetivo: 50)</translation>
    </message>
    <message>
        <source>Exchanges under way or done</source>
        <translation>Intercambios en curso o realizados</translation>
    </message>
    <message>
        <source>Exchanges cancelled or withdrawn</source>
        <translation>Intercambios cancelados o retirados</translation>
    </message>
    <message>
        <source>Lump sums paid (EUR)</source>
        <translation>Importes fijos pagados (EUR)</translation>
    </message>
    <message>
        <source>Lump sums committed (EUR)</source>
        <translation>Importes fijos comprometidos (EUR)</translation>
    </message>
    <message>
        <source>Lump sums still planned (EUR)</source>
        <translation>Importes fijos aún previstos (EUR)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Member records</source>
        <translation>Registros de miembros</translation>
    </message>
    <message>
        <source>Member organisations (counted once)</source>
        <translation>Organizaciones miembro (contadas una vez)</translation>
    </message>
    <message>
        <source>New members in the period</source>
        <translation>Nuevos miembros en el periodo</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Organizaciones alcanzadas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Eventos celebrados</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Dedicación</translation>
    </message>
    <message>
        <source>Hours declared (approved)</source>
        <translation>Horas declaradas (aprobadas)</translation>
    </message>
    <message>
        <source>Hours not yet approved</source>
        <translation>Horas aún no aprobadas</translation>
    </message>
    <message>
        <source>Person-months declared</source>
        <translation>Meses-persona declarados</translation>
    </message>
    <message>
        <source>Person-months planned</source>
        <translation>Meses-persona previstos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>{year}-Q{quarter}</source>
        <translation>{quarter}.º trim. {year}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Exchanges held against the target of {target}</source>
        <translation>Intercambios realizados frente al objetivo de {target}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizados</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Still to reach the target</source>
        <translation>Faltan para el objetivo</translation>
    </message>
    <message>
        <source>Exchanges by state on the as-of date</source>
        <translation>Intercambios por estado en la fecha de referencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Exchanges by month of the stay</source>
        <translation>Intercambios por mes de la estancia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Exchanges by the partnership that pays the visitor</source>
        <translation>Intercambios por el socio que paga al visitante</translation>
    </message>
    <message>
        <source>Under way or done</source>
        <translation>En curso o realizados</translation>
    </message>
    <message>
        <source>Exchanges by countries (visitor → host)</source>
        <translation>Intercambios por países (visitante → anfitrión)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Exchanges by type of visiting organisation</source>
        <translation>Intercambios por tipo de organización visitante</translation>
    </message>
    <message>
        <source>Lump sums (EUR)</source>
        <translation>Importes fijos (EUR)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>Aún previsto</translation>
    </message>
    <message>
        <source>Member records by partner</source>
        <translation>Registros de miembros por socio</translation>
    </message>
    <message>
        <source>Member records by country</source>
        <translation>Registros de miembros por país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Member records by type</source>
        <translation>Registros de miembros por tipo</translation>
    </message>
    <message>
        <source>New members per quarter</source>
        <translation>Nuevos miembros por trimestre</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Nuevos miembros</translation>
    </message>
    <message>
        <source>Organisations reached (linked ones counted once)</source>
        <translation>Organizaciones alcanzadas (las vinculadas, una vez)</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>A través de</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Events or exchanges</source>
        <translation>Eventos o intercambios</translation>
    </message>
    <message>
        <source>Events and participants per work package</source>
        <translation>Eventos y participantes por paquete de trabajo</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Paquete de trabajo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Eventos por tipo</translation>
    </message>
    <message>
        <source>Planned (PM)</source>
        <translation>Previsto (MP)</translation>
    </message>
    <message>
        <source>Declared, approved (PM)</source>
        <translation>Declarado, aprobado (MP)</translation>
    </message>
    <message>
        <source>Not yet approved (PM)</source>
        <translation>Aún no aprobado (MP)</translation>
    </message>
    <message>
        <source>Person-months per work package against the plan</source>
        <translation>Meses-persona por paquete de trabajo frente al plan</translation>
    </message>
    <message>
        <source>Person-months per partner against the plan</source>
        <translation>Meses-persona por socio frente al plan</translation>
    </message>
    <message>
        <source>Effort per partner and work package</source>
        <translation>Dedicación por socio y paquete de trabajo</translation>
    </message>
    <message>
        <source>Hours declared</source>
        <translation>Horas declaradas</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen registrations belong to another event; nothing was removed</source>
        <translation>
            <numerusform>%n de las inscripciones elegidas pertenece a otro evento; no se quitó nada</numerusform>
            <numerusform>%n de las inscripciones elegidas pertenecen a otro evento; no se quitó nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an event lasts at most %n day(s)</source>
        <translation>
            <numerusform>un evento dura como máximo %n día</numerusform>
            <numerusform>un evento dura como máximo %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the day {day} has attendance recorded (%n mark(s)); clear it before removing the day</source>
        <translation>
            <numerusform>el día {day} tiene asistencia registrada (%n marca); bórrela antes de quitar el día</numerusform>
            <numerusform>el día {day} tiene asistencia registrada (%n marcas); bórrela antes de quitar el día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} (%n cell(s))</source>
        <translation>
            <numerusform>{what} (%n celda)</numerusform>
            <numerusform>{what} (%n celdas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>el evento necesita un título</translation>
    </message>
    <message>
        <source>the title is longer than 300 characters</source>
        <translation>el título tiene más de 300 caracteres</translation>
    </message>
    <message>
        <source>unknown event type {value}; use one of {known}</source>
        <translation>tipo de evento desconocido {value}; use uno de {known}</translation>
    </message>
    <message>
        <source>unknown work package {value}; use one of {known}</source>
        <translation>paquete de trabajo desconocido {value}; use uno de {known}</translation>
    </message>
    <message>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>el evento termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>the day {day} is outside the event&apos;s dates ({start} to {end})</source>
        <translation>el día {day} queda fuera de las fechas del evento ({start} a {end})</translation>
    </message>
    <message>
        <source>the day {day} is listed twice</source>
        <translation>el día {day} aparece dos veces</translation>
    </message>
    <message>
        <source>on {day} the session ends ({end}) before it starts ({start})</source>
        <translation>el {day} la sesión termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>an online event needs its link</source>
        <translation>un evento en línea necesita su enlace</translation>
    </message>
    <message>
        <source>the link {url} does not start with https://</source>
        <translation>el enlace {url} no empieza por https://</translation>
    </message>
    <message>
        <source>an event on site needs its city</source>
        <translation>un evento presencial necesita su ciudad</translation>
    </message>
    <message>
        <source>an event on site needs its country</source>
        <translation>un evento presencial necesita su país</translation>
    </message>
    <message>
        <source>unknown country code {code}</source>
        <translation>código de país desconocido {code}</translation>
    </message>
    <message>
        <source>the first name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the last name is empty</source>
        <translation>el apellido está vacío</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address</source>
        <translation>{email} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>unknown gender {value}; use one of {known}</source>
        <translation>género desconocido {value}; use uno de {known}</translation>
    </message>
    <message>
        <source>unknown organisation type {value}; use one of {known}</source>
        <translation>tipo de organización desconocido {value}; use uno de {known}</translation>
    </message>
    <message>
        <source>record the GDPR consent (purpose, date and source)</source>
        <translation>registre el consentimiento RGPD (finalidad, fecha y origen)</translation>
    </message>
    <message>
        <source>the consent needs its purpose</source>
        <translation>el consentimiento necesita su finalidad</translation>
    </message>
    <message>
        <source>the consent needs its source (form, e-mail, sheet)</source>
        <translation>el consentimiento necesita su origen (formulario, correo, hoja)</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation>{text} no es un mes; escríbalo como AAAA-MM, p. ej. 2026-03</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>{value} is not a number of hours</source>
        <translation>{value} no es un número de horas</translation>
    </message>
    <message>
        <source>{hours} h is negative; hours are 0 or more</source>
        <translation>{hours} h es negativo; las horas son 0 o más</translation>
    </message>
    <message>
        <source>{hours} h is more than a day has (24 h)</source>
        <translation>{hours} h es más de lo que tiene un día (24 h)</translation>
    </message>
    <message>
        <source>{hours} h is not in quarter hours (0.25, 0.5, 0.75)</source>
        <translation>{hours} h no está en cuartos de hora (0,25, 0,5, 0,75)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} the holiday calendar knows; known: {known}</source>
        <translation>{region} no es una región de {country} que conozca el calendario de festivos; conocidas: {known}</translation>
    </message>
    <message>
        <source>choose the host organisation first</source>
        <translation>elija primero la organización anfitriona</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>el anfitrión</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>el visitante</translation>
    </message>
    <message>
        <source>waiting for {sides} to accept the match</source>
        <translation>falta que acepte el emparejamiento: {sides}</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: the closing report is not validated yet</source>
        <translation>regla «Pago»: el informe final aún no está validado</translation>
    </message>
    <message>
        <source>rule &apos;payment&apos;: attach the evidence first ({names})</source>
        <translation>regla «Pago»: adjunte primero los justificantes ({names})</translation>
    </message>
    <message>
        <source>not eligible: {problems}</source>
        <translation>no admisible: {problems}</translation>
    </message>
    <message>
        <source>the Commitment to Quality needs goals, objectives and a day-by-day agenda</source>
        <translation>el Compromiso de calidad necesita metas, objetivos y una agenda día a día</translation>
    </message>
    <message>
        <source>the lump sum is not computed yet</source>
        <translation>la suma global aún no está calculada</translation>
    </message>
    <message>
        <source>the stay has no last day yet; mark it held once it is over</source>
        <translation>la estancia aún no tiene último día; márquela como realizada cuando termine</translation>
    </message>
    <message>
        <source>the stay ends on {end}; mark it held once it is over</source>
        <translation>la estancia termina el {end}; márquela como realizada cuando termine</translation>
    </message>
    <message>
        <source>write the closing report (what was done and the results) first</source>
        <translation>escriba primero el informe final (lo que se hizo y los resultados)</translation>
    </message>
    <message>
        <source>the exchange is {state}; nothing more can happen</source>
        <translation>el intercambio está en estado «{state}»; ya no puede pasar nada más</translation>
    </message>
    <message>
        <source>moves go in order: from &apos;{state}&apos; the next step is &apos;{expected}&apos;, not &apos;{target}&apos;</source>
        <translation>los pasos van en orden: tras «{state}» viene «{expected}», no «{target}»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{day}, {row}</source>
        <translation>{day}, {row}</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} y {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start}); nothing can be entered</source>
        <translation>{name} no está empleado/a en {month} (empleo desde el {start}); no se puede introducir nada</translation>
    </message>
    <message>
        <source>{name} is not employed in {month} (employed from {start} to {end}); nothing can be entered</source>
        <translation>{name} no está empleado/a en {month} (empleo del {start} al {end}); no se puede introducir nada</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to open-ended)</source>
        <translation>{cell}: {hours} h fuera del empleo ({start} a indefinido)</translation>
    </message>
    <message>
        <source>{cell}: {hours} h outside employment ({start} to {end})</source>
        <translation>{cell}: {hours} h fuera del empleo ({start} a {end})</translation>
    </message>
    <message>
        <source>{row} is not a timesheet row</source>
        <translation>{row} no es una fila de la hoja de horas</translation>
    </message>
    <message>
        <source>{day} is not in {month}</source>
        <translation>{day} no está en {month}</translation>
    </message>
    <message>
        <source>{cell}: {problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>{cell}: {hours} h worked on a day of absence ({absence})</source>
        <translation>{cell}: {hours} h trabajadas en un día de ausencia ({absence})</translation>
    </message>
    <message>
        <source>{day}: {hours} h worked, more than the maximum of {most} h a day</source>
        <translation>{day}: {hours} h trabajadas, más que el máximo de {most} h al día</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}) with {hours} h worked; confirm the work was done that day</source>
        <translation>{day} es festivo ({holiday}) con {hours} h trabajadas; confirme que el trabajo se hizo ese día</translation>
    </message>
    <message>
        <source>{day} is a weekend day with {hours} h worked</source>
        <translation>{day} es un día de fin de semana con {hours} h trabajadas</translation>
    </message>
    <message>
        <source>{day} is marked as a public holiday but is none in the calendar</source>
        <translation>{day} está marcado como festivo, pero no lo es en el calendario</translation>
    </message>
    <message>
        <source>{worked} h worked in {month}, more than the {contracted} h contracted; add a note that explains the extra hours</source>
        <translation>{worked} h trabajadas en {month}, más que las {contracted} h del contrato; añada una nota que explique las horas extra</translation>
    </message>
    <message>
        <source>{hours} h on BLUES in {month}, more than the month&apos;s productive hours ({monthly} h = {annual} / 12)</source>
        <translation>{hours} h en BLUES en {month}, más que las horas productivas del mes ({monthly} h = {annual} / 12)</translation>
    </message>
    <message>
        <source>day {day} is not a day of {event}</source>
        <translation>el día {day} no es un día de {event}</translation>
    </message>
    <message>
        <source>registration {id} is not in {event}</source>
        <translation>la inscripción {id} no está en {event}</translation>
    </message>
    <message>
        <source>join time {time} is not HH:MM</source>
        <translation>la hora de conexión {time} no es HH:MM</translation>
    </message>
    <message>
        <source>give at least 6 characters of the event id, not {key}</source>
        <translation>indique al menos 6 caracteres del id del evento, no {key}</translation>
    </message>
    <message>
        <source>no event with id {key} (see `blues events list`)</source>
        <translation>no hay ningún evento con id {key} (vea `blues events list`)</translation>
    </message>
    <message>
        <source>more than one event id starts with {key}; give more of it</source>
        <translation>más de un id de evento empieza por {key}; indique más caracteres</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>En línea: {link}</translation>
    </message>
    <message>
        <source>no person with id {id}</source>
        <translation>no hay ninguna persona con id {id}</translation>
    </message>
    <message>
        <source>{name} is already registered for {event} (row {row} of the sheet)</source>
        <translation>{name} ya está inscrito/a en {event} (fila {row} de la hoja)</translation>
    </message>
    <message>
        <source>the same person is picked twice</source>
        <translation>la misma persona está elegida dos veces</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>no hay ninguna organización con id {id}</translation>
    </message>
    <message>
        <source>choose who to remove first</source>
        <translation>elija primero a quién quitar</translation>
    </message>
    <message>
        <source>{kinds} have no History view</source>
        <translation>{kinds} no tienen vista de historial</translation>
    </message>
    <message>
        <source>{name}, {month}</source>
        <translation>{name}, {month}</translation>
    </message>
    <message>
        <source>Organisation {record}</source>
        <translation>Organización {record}</translation>
    </message>
    <message>
        <source>Contact {record}</source>
        <translation>Contacto {record}</translation>
    </message>
    <message>
        <source>Exchange {record}</source>
        <translation>Intercambio {record}</translation>
    </message>
    <message>
        <source>Event {record}</source>
        <translation>Evento {record}</translation>
    </message>
    <message>
        <source>Timesheet month {record}</source>
        <translation>Mes de hoja de horas {record}</translation>
    </message>
    <message>
        <source>Hours entered for {name}</source>
        <translation>Horas introducidas para {name}</translation>
    </message>
    <message>
        <source>Hours changed for {name}</source>
        <translation>Horas modificadas para {name}</translation>
    </message>
    <message>
        <source>Hours cleared for {name}</source>
        <translation>Horas borradas para {name}</translation>
    </message>
    <message>
        <source>Hours entered again for {name}</source>
        <translation>Horas introducidas de nuevo para {name}</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{action} para {name}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>{office} bundle {number}</source>
        <translation>{office} paquete {number}</translation>
    </message>
    <message>
        <source>{action}: {subject}</source>
        <translation>{action}: {subject}</translation>
    </message>
    <message>
        <source>{kind} {record}</source>
        <translation>{kind} {record}</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Datos personales borrados</translation>
    </message>
    <message>
        <source>Added with an event registration</source>
        <translation>Añadido con una inscripción a un evento</translation>
    </message>
    <message>
        <source>Added as an event participant</source>
        <translation>Añadido como participante de un evento</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Evento eliminado</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Eliminación deshecha</translation>
    </message>
    <message>
        <source>Reopened: {why}</source>
        <translation>Reabierto: {why}</translation>
    </message>
    <message>
        <source>Merged from {name}</source>
        <translation>Fusionado desde {name}</translation>
    </message>
    <message>
        <source>Merged into {name}</source>
        <translation>Fusionado en {name}</translation>
    </message>
    <message>
        <source>Merged from bundle {number} of {office}: {subject}</source>
        <translation>Fusionado desde el paquete {number} de {office}: {subject}</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>Changed at {office}</source>
        <translation>Modificado en {office}</translation>
    </message>
    <message>
        <source>an office unknown here</source>
        <translation>una oficina desconocida aquí</translation>
    </message>
    <message>
        <source>a person not on this computer</source>
        <translation>una persona que no está en este ordenador</translation>
    </message>
    <message>
        <source>an organisation not on this computer</source>
        <translation>una organización que no está en este ordenador</translation>
    </message>
    <message>
        <source>an exchange not on this computer</source>
        <translation>un intercambio que no está en este ordenador</translation>
    </message>
    <message>
        <source>an event not on this computer</source>
        <translation>un evento que no está en este ordenador</translation>
    </message>
    <message>
        <source>{title} ({day})</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>a timesheet month not on this computer</source>
        <translation>un mes de hoja de horas que no está en este ordenador</translation>
    </message>
    <message>
        <source>a registration not on this computer</source>
        <translation>una inscripción que no está en este ordenador</translation>
    </message>
    <message>
        <source>an event day not on this computer</source>
        <translation>un día de evento que no está en este ordenador</translation>
    </message>
    <message>
        <source>an {kind}</source>
        <translation>un registro «{kind}»</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>un/a {kind}</translation>
    </message>
    <message>
        <source>an unknown {kind}</source>
        <translation>un registro «{kind}» desconocido</translation>
    </message>
    <message>
        <source>of {record}</source>
        <translation>de {record}</translation>
    </message>
    <message>
        <source>{record}</source>
        <translation>{record}</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>of an unknown {kind}</source>
        <translation>de un registro «{kind}» desconocido</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <source>of {office} on {work_package}</source>
        <translation>de {office} en {work_package}</translation>
    </message>
    <message>
        <source>kept by office {office}</source>
        <translation>que guarda la oficina {office}</translation>
    </message>
    <message>
        <source>the {kind} {record}</source>
        <translation>{kind} {record}</translation>
    </message>
    <message>
        <source>{value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the record it belongs to</source>
        <translation>el registro al que pertenece</translation>
    </message>
    <message>
        <source>{at} UTC</source>
        <translation>{at} UTC</translation>
    </message>
    <message>
        <source>only the coordinator sets the planned effort; it reaches the partners in the coordinator&apos;s bundle</source>
        <translation>solo el coordinador fija el esfuerzo previsto; llega a los socios en el paquete del coordinador</translation>
    </message>
    <message>
        <source>{office} is not a BLUES office</source>
        <translation>{office} no es una oficina de BLUES</translation>
    </message>
    <message>
        <source>{wp} is not a work package (WP1–WP5)</source>
        <translation>{wp} no es un paquete de trabajo (WP1–WP5)</translation>
    </message>
    <message>
        <source>{value} person-months is outside 0–600</source>
        <translation>{value} meses-persona está fuera de 0–600</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} is approved and locked; reopen it with a reason to change it</source>
        <translation>la hoja de horas de {name} de {month} está aprobada y bloqueada; reábrala con un motivo para cambiarla</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be submitted: {problems}</source>
        <translation>la hoja de horas de {name} de {month} no se puede presentar: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s timesheet for {month} cannot be approved: {problems}</source>
        <translation>la hoja de horas de {name} de {month} no se puede aprobar: {problems}</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} is already approved</source>
        <translation>{month} de {name} ya está aprobado</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has no hours to submit</source>
        <translation>{month} de {name} no tiene horas que presentar</translation>
    </message>
    <message>
        <source>{name}&apos;s {month} has not been submitted; the person submits it before the supervisor approves</source>
        <translation>{month} de {name} no se ha presentado; la persona lo presenta antes de que el supervisor lo apruebe</translation>
    </message>
    <message>
        <source>{name} cannot approve their own timesheet; their supervisor does</source>
        <translation>{name} no puede aprobar su propia hoja de horas; la aprueba su supervisor</translation>
    </message>
    <message>
        <source>say why the approved month is reopened</source>
        <translation>indique por qué se reabre el mes aprobado</translation>
    </message>
    <message>
        <source>the timesheet for {month} is not approved</source>
        <translation>la hoja de horas de {month} no está aprobada</translation>
    </message>
    <message>
        <source>not approved: the batch was cancelled</source>
        <translation>no aprobada: se canceló el lote</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>the first name is required</source>
        <translation>el nombre es obligatorio</translation>
    </message>
    <message>
        <source>the last name is required</source>
        <translation>el apellido es obligatorio</translation>
    </message>
    <message>
        <source>the employment ends ({end}) before it starts ({start})</source>
        <translation>el empleo termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>{hours} h a week is not a contract (1–60 h)</source>
        <translation>{hours} h a la semana no es un contrato (1–60 h)</translation>
    </message>
    <message>
        <source>weekly hours are entered in quarter hours</source>
        <translation>las horas semanales se introducen en cuartos de hora</translation>
    </message>
    <message>
        <source>{hours} annual productive hours is outside 100–2,200 (the EU default is 1,720)</source>
        <translation>{hours} horas productivas anuales está fuera de 100–2200 (el valor por defecto de la UE es 1720)</translation>
    </message>
    <message>
        <source>{region} is not a region of {country} for public holidays (known: {known})</source>
        <translation>{region} no es una región de {country} para los festivos (conocidas: {known})</translation>
    </message>
    <message>
        <source>a person cannot supervise themself</source>
        <translation>una persona no puede supervisarse a sí misma</translation>
    </message>
    <message>
        <source>no staff member with id {id}</source>
        <translation>no hay ningún miembro del personal con id {id}</translation>
    </message>
    <message>
        <source>say on whose request and why the data is erased</source>
        <translation>indique a petición de quién y por qué se borran los datos</translation>
    </message>
    <message>
        <source>an erasure needs a reason: say on whose request and why</source>
        <translation>un borrado necesita un motivo: indique a petición de quién y por qué</translation>
    </message>
    <message>
        <source>the number&apos;s checksum or check digit is invalid</source>
        <translation>la suma de control o el dígito de control del número no es válido</translation>
    </message>
    <message>
        <source>the number has an invalid length</source>
        <translation>el número tiene una longitud no válida</translation>
    </message>
    <message>
        <source>the number has an invalid format</source>
        <translation>el número tiene un formato no válido</translation>
    </message>
    <message>
        <source>one of the parts of the number are invalid or unknown</source>
        <translation>una de las partes del número no es válida o es desconocida</translation>
    </message>
    <message>
        <source>the number is not valid</source>
        <translation>el número no es válido</translation>
    </message>
    <message>
        <source>check digit fails (VAT number and registration number)</source>
        <translation>dígito de control erróneo (NIF/IVA y número de registro)</translation>
    </message>
    <message>
        <source>check digit fails (VAT number)</source>
        <translation>dígito de control erróneo (NIF/IVA)</translation>
    </message>
    <message>
        <source>check digit fails (registration number)</source>
        <translation>dígito de control erróneo (número de registro)</translation>
    </message>
    <message>
        <source>{number} is not a valid VAT number ({reason})</source>
        <translation>{number} no es un NIF/IVA válido ({reason})</translation>
    </message>
    <message>
        <source>{number} is a VAT number of {prefix}, not of {country}</source>
        <translation>{number} es un NIF/IVA de {prefix}, no de {country}</translation>
    </message>
    <message>
        <source>{number} is not a valid registration number ({reason})</source>
        <translation>{number} no es un número de registro válido ({reason})</translation>
    </message>
    <message>
        <source>{url} is not a web address</source>
        <translation>{url} no es una dirección web</translation>
    </message>
    <message>
        <source>the legal name is required</source>
        <translation>la razón social es obligatoria</translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation>el país es obligatorio</translation>
    </message>
    <message>
        <source>membership cannot end before it starts</source>
        <translation>la afiliación no puede terminar antes de empezar</translation>
    </message>
    <message>
        <source>{listed}, {next}</source>
        <translation>{listed}, {next}</translation>
    </message>
    <message>
        <source>choose one of: {types}</source>
        <translation>elija uno de estos: {types}</translation>
    </message>
    <message>
        <source>{country} is not an ISO 3166 country code</source>
        <translation>{country} no es un código de país ISO 3166</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>un contacto necesita un nombre o una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>{language} is not a two-letter language code (e.g. de, cs)</source>
        <translation>{language} no es un código de idioma de dos letras (p. ej. de, cs)</translation>
    </message>
    <message>
        <source>consent cannot be given in the future</source>
        <translation>el consentimiento no puede darse en el futuro</translation>
    </message>
    <message>
        <source>say what the consent was given for</source>
        <translation>indique para qué se dio el consentimiento</translation>
    </message>
    <message>
        <source>give the user&apos;s name: it is recorded with every change they make</source>
        <translation>indique el nombre del usuario: se registra con cada cambio que haga</translation>
    </message>
    <message numerus="yes">
        <source>a user&apos;s name has at most %n character(s)</source>
        <translation>
            <numerusform>el nombre de un usuario tiene como máximo&#xa0;%n carácter</numerusform>
            <numerusform>el nombre de un usuario tiene como máximo&#xa0;%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>a user&apos;s name cannot hold control characters</source>
        <translation>el nombre de un usuario no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>{name} is already a user on this computer</source>
        <translation>{name} ya es usuario de este ordenador</translation>
    </message>
    <message>
        <source>only the coordinator ({office}) links organisations across offices</source>
        <translation>solo el coordinador ({office}) vincula organizaciones entre oficinas</translation>
    </message>
    <message>
        <source>{first} and {second} are both registered by {office}; that office merges its own duplicates</source>
        <translation>{first} y {second} están registradas por {office}; esa oficina fusiona sus propios duplicados</translation>
    </message>
    <message>
        <source>there is no deleted organisation to bring back</source>
        <translation>no hay ninguna organización eliminada que recuperar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) (see the problem report)</source>
        <translation>
            <numerusform>… y&#xa0;%n problema más (vea el informe de problemas)</numerusform>
            <numerusform>… y&#xa0;%n problemas más (vea el informe de problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>columna {column}: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} no es una fecha</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2024-05-31 or 31.05.2024)</source>
        <translation>{value} no es una fecha (escríbala como 2024-05-31 o 31.05.2024)</translation>
    </message>
    <message>
        <source>{value} is not a known organisation type</source>
        <translation>{value} no es un tipo de organización conocido</translation>
    </message>
    <message>
        <source>the country is empty</source>
        <translation>el país está vacío</translation>
    </message>
    <message>
        <source>{value} is not a country name or ISO code</source>
        <translation>{value} no es un nombre de país ni un código ISO</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} no es sí ni no</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside</source>
        <translation>
            <numerusform>%n fila apartada</numerusform>
            <numerusform>%n filas apartadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside} ({repeated} repeated and skipped)</source>
        <translation>
            <numerusform>se importará&#xa0;%n fila, {set_aside} ({repeated} repetidas y omitidas)</numerusform>
            <numerusform>se importarán&#xa0;%n filas, {set_aside} ({repeated} repetidas y omitidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, {set_aside}</source>
        <translation>
            <numerusform>se importará&#xa0;%n fila, {set_aside}</numerusform>
            <numerusform>se importarán&#xa0;%n filas, {set_aside}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {organisations_new} new and {organisations_changed} changed organisations, {contacts_new} new and {contacts_changed} changed contacts; {errors}, {warnings}</source>
        <translation>
            <numerusform>%n fila leída – organizaciones: {organisations_new} nuevas y {organisations_changed} modificadas, contactos: {contacts_new} nuevos y {contacts_changed} modificados; {errors}, {warnings}</numerusform>
            <numerusform>%n filas leídas – organizaciones: {organisations_new} nuevas y {organisations_changed} modificadas, contactos: {contacts_new} nuevos y {contacts_changed} modificados; {errors}, {warnings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet {sheet} is empty and was skipped</source>
        <translation>la hoja {sheet} está vacía y se ha omitido</translation>
    </message>
    <message>
        <source>sheet {sheet} has no recognisable header and was skipped</source>
        <translation>la hoja {sheet} no tiene un encabezado reconocible y se ha omitido</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>no sheet has a recognisable header (a row naming at least the organisation and one more column, e.g. &apos;Legal name&apos; and &apos;Country&apos;)</source>
        <translation>ninguna hoja tiene un encabezado reconocible (una fila que nombre al menos la organización y otra columna, p. ej. «Legal name» y «Country»)</translation>
    </message>
    <message>
        <source>{said}; {note}</source>
        <translation>{said}; {note}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula with no value (open the file, let it calculate, save it and import it again)</source>
        <translation>la celda {cell} contiene una fórmula sin valor (abra el archivo, deje que calcule, guárdelo e impórtelo de nuevo)</translation>
    </message>
    <message>
        <source>the same as row {row}; skipped</source>
        <translation>igual que la fila {row}; omitida</translation>
    </message>
    <message>
        <source>this column holds data that will be ignored (no field is chosen for it); choose one in the mapping step if it should be imported</source>
        <translation>esta columna contiene datos que se ignorarán (no tiene ningún campo asignado); elija uno en el paso de asignación si debe importarse</translation>
    </message>
    <message>
        <source>no single organisation named {name} in the file or the register</source>
        <translation>no hay una única organización llamada {name} en el archivo ni en el registro</translation>
    </message>
    <message>
        <source>{name} belongs to office {office}; only that office can change it, so the row was left out</source>
        <translation>{name} pertenece a la oficina {office}; solo esa oficina puede modificarla, así que la fila se ha omitido</translation>
    </message>
    <message>
        <source>differs from row {row} ({kept}); the value of row {row} is kept</source>
        <translation>difiere de la fila {row} ({kept}); se conserva el valor de la fila {row}</translation>
    </message>
    <message>
        <source>looks like {name} (office {office}, {score}% similar); it will be added as a new organisation — merge them in the register if they are the same</source>
        <translation>se parece a {name} (oficina {office}, {score}&#xa0;% de similitud); se añadirá como organización nueva; fusiónelas en el registro si son la misma</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it, remove the password (or save a copy without it) and import that copy</source>
        <translation>el libro está protegido con contraseña; ábralo, quite la contraseña (o guarde una copia sin ella) e importe esa copia</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>choose a workbook (.xlsx, .xlsm, .xls, .ods) or a .csv file</source>
        <translation>elija un libro (.xlsx, .xlsm, .xls, .ods) o un archivo .csv</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden and was skipped</source>
        <translation>la hoja {sheet} está oculta y se ha omitido</translation>
    </message>
    <message>
        <source>sheet {sheet} is a chart, not a table, and was skipped</source>
        <translation>la hoja {sheet} es un gráfico, no una tabla, y se ha omitido</translation>
    </message>
    <message>
        <source>the workbook cannot be read; it may be damaged or saved by a very old Excel (before Excel 97): open it and save it as .xlsx, then import that</source>
        <translation>no se puede leer el libro; puede estar dañado o guardado con un Excel muy antiguo (anterior a Excel 97): ábralo, guárdelo como .xlsx e importe ese</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read; open it in the program that made it, save it again and import that copy</source>
        <translation>el libro está dañado y no se puede leer; ábralo en el programa que lo creó, guárdelo de nuevo e importe esa copia</translation>
    </message>
    <message>
        <source>the file is not a readable CSV list ({reason})</source>
        <translation>el archivo no es una lista CSV legible ({reason})</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>hoja {sheet}, fila {row}, columna {column}: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: {problem}</source>
        <translation>hoja {sheet}, fila {row}: {problem}</translation>
    </message>
    <message>
        <source>the organisation name is empty</source>
        <translation>el nombre de la organización está vacío</translation>
    </message>
    <message>
        <source>{problem}; imported as typed and flagged &apos;check digit fails&apos;</source>
        <translation>{problem}; importado tal como está escrito y marcado como «dígito de control erróneo»</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>falta el país</translation>
    </message>
    <message>
        <source>this column holds a name ({name}) but is not read; map it (e.g. to First name) so the contact is saved with the whole name</source>
        <translation>esta columna contiene un nombre ({name}) pero no se lee; asígnela (p. ej. a Nombre) para que el contacto se guarde con el nombre completo</translation>
    </message>
    <message>
        <source>Likely the same organisation</source>
        <translation>Probablemente la misma organización</translation>
    </message>
    <message>
        <source>Possibly the same organisation</source>
        <translation>Posiblemente la misma organización</translation>
    </message>
    <message>
        <source>Probably two different organisations</source>
        <translation>Probablemente dos organizaciones distintas</translation>
    </message>
    <message>
        <source>VAT number ({vat})</source>
        <translation>NIF/IVA ({vat})</translation>
    </message>
    <message>
        <source>name, once legal forms, accents and case are ignored</source>
        <translation>nombre, sin tener en cuenta la forma jurídica, los acentos ni las mayúsculas</translation>
    </message>
    <message>
        <source>name, {score}% alike once legal forms, accents and case are ignored</source>
        <translation>nombre, parecido en un {score}&#xa0;% sin tener en cuenta la forma jurídica, los acentos ni las mayúsculas</translation>
    </message>
    <message>
        <source>name ({score}% alike)</source>
        <translation>nombre (parecido en un {score}&#xa0;%)</translation>
    </message>
    <message>
        <source>VAT number ({first} and {second})</source>
        <translation>NIF/IVA ({first} y {second})</translation>
    </message>
    <message>
        <source>country ({first} and {second})</source>
        <translation>país ({first} y {second})</translation>
    </message>
    <message>
        <source>legal form ({first} and {second})</source>
        <translation>forma jurídica ({first} y {second})</translation>
    </message>
    <message>
        <source>legal form ({form})</source>
        <translation>forma jurídica ({form})</translation>
    </message>
    <message>
        <source>city ({first} and {second})</source>
        <translation>ciudad ({first} y {second})</translation>
    </message>
    <message>
        <source>city ({city})</source>
        <translation>ciudad ({city})</translation>
    </message>
    <message>
        <source>type ({first} and {second})</source>
        <translation>tipo ({first} y {second})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose} ({source})</source>
        <translation>dado el {day} para {purpose} ({source})</translation>
    </message>
    <message>
        <source>given on {day} for {purpose}</source>
        <translation>dado el {day} para {purpose}</translation>
    </message>
    <message>
        <source>given on {day} ({source})</source>
        <translation>dado el {day} ({source})</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>dado el {day}</translation>
    </message>
    <message>
        <source>{value} ({flag})</source>
        <translation>{value} ({flag})</translation>
    </message>
    <message>
        <source>A person cannot be merged into itself</source>
        <translation>Una persona no se puede fusionar consigo misma</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself</source>
        <translation>Una organización no se puede fusionar consigo misma</translation>
    </message>
    <message>
        <source>no such field to merge: {fields}</source>
        <translation>no existe ese campo para fusionar: {fields}</translation>
    </message>
    <message>
        <source>both people are staff members with their own timesheets; they cannot be merged</source>
        <translation>ambas personas son empleados con sus propias hojas de horas; no se pueden fusionar</translation>
    </message>
    <message>
        <source>a person whose data was erased cannot be merged</source>
        <translation>no se puede fusionar a una persona cuyos datos se han borrado</translation>
    </message>
    <message>
        <source>give the user&apos;s name (it signs the audit log)</source>
        <translation>indique el nombre del usuario (firma el registro de cambios)</translation>
    </message>
    <message>
        <source>this data folder ({folder}) is already set up for office {office}</source>
        <translation>esta carpeta de datos ({folder}) ya está configurada para la oficina {office}</translation>
    </message>
    <message>
        <source>office {office} has no keys registered yet</source>
        <translation>la oficina {office} aún no tiene claves registradas</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer (users: {users}); add them with `blues users add &quot;{name}&quot;`</source>
        <translation>{name} no es usuario de este ordenador (usuarios: {users}); añádalo con `blues users add &quot;{name}&quot;`</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>{name} is not a user on this computer</source>
        <translation>{name} no es usuario de este ordenador</translation>
    </message>
    <message>
        <source>{reference} is {state} and has no agreement</source>
        <translation>{reference} está en estado «{state}» y no tiene acuerdo</translation>
    </message>
    <message>
        <source>rule &apos;CtQ before agreement&apos;: the financial agreement of {reference} is printed once the Commitment to Quality is signed (the exchange is {state})</source>
        <translation>regla «Compromiso antes del acuerdo»: el acuerdo financiero de {reference} se imprime una vez firmado el Compromiso de calidad (el intercambio está en estado «{state}»)</translation>
    </message>
    <message>
        <source>{reference} has no lump sum computed</source>
        <translation>{reference} no tiene calculada la suma global</translation>
    </message>
    <message>
        <source>{reference} needs a host and dates for a certificate</source>
        <translation>{reference} necesita una organización anfitriona y fechas para un certificado</translation>
    </message>
    <message>
        <source>(no city) ({country})</source>
        <translation>(sin ciudad) ({country})</translation>
    </message>
    <message>
        <source>the distance cannot be negative ({km} km)</source>
        <translation>la distancia no puede ser negativa ({km} km)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ni {second}</translation>
    </message>
    <message>
        <source>the gazetteer does not know {places}; type the distance in km</source>
        <translation>el nomenclátor no conoce {places}; escriba la distancia en km</translation>
    </message>
    <message>
        <source>rule &apos;visiting organisation type&apos;: {name} is a {type}, which may only host; visitors are a {kinds}</source>
        <translation>regla «Tipo de organización visitante»: {name} es de tipo «{type}» y solo puede acoger; pueden visitar: {kinds}</translation>
    </message>
    <message>
        <source>rule &apos;visitor is a cluster member&apos;: {name} is a {type} but not a cluster member</source>
        <translation>regla «El visitante es miembro de un clúster»: {name} es de tipo «{type}», pero no es miembro de un clúster</translation>
    </message>
    <message>
        <source>rule &apos;SME names its cluster&apos;: name the cluster {name} is a member of</source>
        <translation>regla «La pyme indica su clúster»: indique el clúster del que {name} es miembro</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the visitor is in {country}, which does not take part in COSME</source>
        <translation>regla «Países COSME»: el visitante está en {country}, que no participa en COSME</translation>
    </message>
    <message>
        <source>rule &apos;COSME countries&apos;: the host is in {country}, which does not take part in COSME</source>
        <translation>regla «Países COSME»: el anfitrión está en {country}, que no participa en COSME</translation>
    </message>
    <message>
        <source>rule &apos;different countries&apos;: host and visitor are both in {country}; an exchange crosses a border</source>
        <translation>regla «Países distintos»: anfitrión y visitante están ambos en {country}; un intercambio cruza una frontera</translation>
    </message>
    <message>
        <source>{name} is an SME that is not a cluster member: needs the Agency&apos;s prior approval</source>
        <translation>{name} es una pyme que no es miembro de un clúster: necesita la aprobación previa de la Agencia</translation>
    </message>
    <message>
        <source>rule &apos;dates in order&apos;: the stay ends ({end}) before it starts ({start})</source>
        <translation>regla «Fechas en orden»: la estancia termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;minimum duration&apos;: {start} to {end} is %n working day(s); the stay needs at least {minimum}</source>
        <translation>
            <numerusform>regla «Duración mínima»: del {start} al {end} hay %n día laborable; la estancia necesita al menos {minimum}</numerusform>
            <numerusform>regla «Duración mínima»: del {start} al {end} hay %n días laborables; la estancia necesita al menos {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rule &apos;maximum duration&apos;: {start} to {end} is %n working day(s); the stay lasts at most one month ({maximum} working days)</source>
        <translation>
            <numerusform>regla «Duración máxima»: del {start} al {end} hay %n día laborable; la estancia dura como máximo un mes ({maximum} días laborables)</numerusform>
            <numerusform>regla «Duración máxima»: del {start} al {end} hay %n días laborables; la estancia dura como máximo un mes ({maximum} días laborables)</numerusform>
        </translation>
    </message>
    <message>
        <source>second visit of {name} (also in {others}) allowed by override: {reason}</source>
        <translation>segunda visita de {name} (también en {others}) permitida por excepción: {reason}</translation>
    </message>
    <message>
        <source>rule &apos;one visit per visiting organisation&apos;: {name} already has exchange {others}; an override needs a reason</source>
        <translation>regla «Una visita por organización visitante»: {name} ya tiene el intercambio {others}; una excepción necesita un motivo</translation>
    </message>
    <message>
        <source>rule &apos;host organisation&apos;: choose the host</source>
        <translation>regla «Organización anfitriona»: elija el anfitrión</translation>
    </message>
    <message>
        <source>rule &apos;dates&apos;: give the first and last day of the stay</source>
        <translation>regla «Fechas»: indique el primer y el último día de la estancia</translation>
    </message>
    <message>
        <source>rule &apos;distance&apos;: {problem}</source>
        <translation>regla «Distancia»: {problem}</translation>
    </message>
    <message>
        <source>the distance is not known</source>
        <translation>la distancia no se conoce</translation>
    </message>
    <message>
        <source>rule &apos;threshold per host country&apos;: rules version {version} have no threshold for {country} ({code})</source>
        <translation>regla «Umbral por país anfitrión»: las reglas de la versión {version} no tienen umbral para {country} ({code})</translation>
    </message>
    <message numerus="yes">
        <source>the stay has %n working day(s) (under {limit})</source>
        <translation>
            <numerusform>la estancia tiene %n día laborable (menos de {limit})</numerusform>
            <numerusform>la estancia tiene %n días laborables (menos de {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>the distance is {km} km (under {limit} km)</source>
        <translation>la distancia es de {km} km (menos de {limit} km)</translation>
    </message>
    <message>
        <source>{raw} is not an amount in euros</source>
        <translation>{raw} no es un importe en euros</translation>
    </message>
    <message>
        <source>the amount must be above 0, got {raw}</source>
        <translation>el importe debe ser mayor que 0; se indicó {raw}</translation>
    </message>
    <message>
        <source>amounts have at most 2 decimal places, got {raw}</source>
        <translation>los importes tienen como máximo 2 decimales; se indicó {raw}</translation>
    </message>
    <message>
        <source>must be a whole number, got {raw}</source>
        <translation>debe ser un número entero; se indicó {raw}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {raw}</source>
        <translation>debe estar entre {low} y {high}; se indicó {raw}</translation>
    </message>
    <message>
        <source>{code} is not an ISO country code (two capital letters)</source>
        <translation>{code} no es un código de país ISO (dos letras mayúsculas)</translation>
    </message>
    <message>
        <source>the maximum ({maximum}) is below the minimum ({minimum})</source>
        <translation>el máximo ({maximum}) es menor que el mínimo ({minimum})</translation>
    </message>
    <message>
        <source>{type} is not an organisation type</source>
        <translation>{type} no es un tipo de organización</translation>
    </message>
    <message>
        <source>at least one organisation type must be allowed to visit</source>
        <translation>al menos un tipo de organización debe poder visitar</translation>
    </message>
    <message>
        <source>the list of COSME countries is empty</source>
        <translation>la lista de países COSME está vacía</translation>
    </message>
    <message>
        <source>no threshold for {country} ({code})</source>
        <translation>no hay umbral para {country} ({code})</translation>
    </message>
    <message>
        <source>{raw} is not a date (YYYY-MM-DD)</source>
        <translation>{raw} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>cada pregunta necesita un identificador y un texto</translation>
    </message>
    <message>
        <source>two questions share the same id</source>
        <translation>dos preguntas tienen el mismo identificador</translation>
    </message>
    <message>
        <source>programme rules version {version}: {problems}</source>
        <translation>reglas del programa versión {version}: {problems}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>JSON no válido (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>las reglas deben ser un objeto JSON</translation>
    </message>
    <message>
        <source>the host organisation {id} is not in the register</source>
        <translation>la organización anfitriona {id} no está en el registro</translation>
    </message>
    <message>
        <source>the cluster organisation {id} is not in the register</source>
        <translation>la organización de clúster {id} no está en el registro</translation>
    </message>
    <message>
        <source>the visiting organisation {id} is not in the register</source>
        <translation>la organización visitante {id} no está en el registro</translation>
    </message>
    <message>
        <source>no exchange {key} (give a reference like ZIN-X-2026-007 or an id)</source>
        <translation>no hay ningún intercambio {key} (indique una referencia como ZIN-X-2026-007 o un identificador)</translation>
    </message>
    <message>
        <source>give the visitor organisation&apos;s name</source>
        <translation>indique el nombre de la organización visitante</translation>
    </message>
    <message>
        <source>give the host organisation&apos;s name</source>
        <translation>indique el nombre de la organización anfitriona</translation>
    </message>
    <message>
        <source>{code} is not a country code (e.g. ES, PL)</source>
        <translation>{code} no es un código de país (p. ej., ES, PL)</translation>
    </message>
    <message>
        <source>give the travelling person&apos;s first and last name</source>
        <translation>indique el nombre y los apellidos de la persona que viaja</translation>
    </message>
    <message>
        <source>{code} is not a BLUES partnership ({codes})</source>
        <translation>{code} no es una asociación de BLUES ({codes})</translation>
    </message>
    <message>
        <source>choose the visiting organisation or enter a new one</source>
        <translation>elija la organización visitante o introduzca una nueva</translation>
    </message>
    <message>
        <source>{reference} is {state}; it can no longer change</source>
        <translation>{reference} está en estado «{state}»; ya no puede cambiar</translation>
    </message>
    <message>
        <source>{field} cannot be changed here</source>
        <translation>{field} no se puede cambiar aquí</translation>
    </message>
    <message>
        <source>{field} is fixed once the exchange is {state}</source>
        <translation>{field} queda fijado cuando el intercambio está en estado «{state}»</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office can change it</source>
        <translation>{reference} pertenece a la oficina {office}; solo esa oficina puede cambiarlo</translation>
    </message>
    <message>
        <source>{key} is not one of the evaluation questions</source>
        <translation>{key} no es una de las preguntas de evaluación</translation>
    </message>
    <message>
        <source>scores go from 1 to 5, got {value}</source>
        <translation>las puntuaciones van de 1 a 5; se indicó {value}</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office records its report</source>
        <translation>{reference} pertenece a la oficina {office}; solo esa oficina registra su informe</translation>
    </message>
    <message>
        <source>the closing report is written after the exchange is held and until it is validated ({reference} is {state})</source>
        <translation>el informe final se escribe después de realizado el intercambio y hasta que se valida ({reference} está en estado «{state}»)</translation>
    </message>
    <message>
        <source>{kind}: evidence is one of {kinds}</source>
        <translation>{kind}: un justificante es uno de {kinds}</translation>
    </message>
    <message>
        <source>{reference} is {state}</source>
        <translation>{reference} está en estado «{state}»</translation>
    </message>
    <message>
        <source>programme rules version {version} are not in this database</source>
        <translation>las reglas del programa de la versión {version} no están en esta base de datos</translation>
    </message>
    <message>
        <source>the programme rules are kept by the coordinator ({coordinator}); office {office} receives them in the coordinator&apos;s bundle</source>
        <translation>las reglas del programa las mantiene el coordinador ({coordinator}); la oficina {office} las recibe en el paquete del coordinador</translation>
    </message>
    <message>
        <source>{reference} belongs to office {office}; only that office moves it through the workflow</source>
        <translation>{reference} pertenece a la oficina {office}; solo esa oficina lo hace avanzar por sus pasos</translation>
    </message>
    <message>
        <source>the exchange is {state}</source>
        <translation>el intercambio está en estado «{state}»</translation>
    </message>
    <message>
        <source>the lump sum cannot be computed: {problems}</source>
        <translation>no se puede calcular la suma global: {problems}</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>ningún problema</translation>
    </message>
    <message numerus="yes">
        <source>paid on {on}, after the deadline of {deadline} (%n day(s) after the exchange)</source>
        <translation>
            <numerusform>pagado el {on}, después del plazo del {deadline} (%n día después del intercambio)</numerusform>
            <numerusform>pagado el {on}, después del plazo del {deadline} (%n días después del intercambio)</numerusform>
        </translation>
    </message>
    <message>
        <source>the move is dated {day}, before the previous one ({last})</source>
        <translation>el paso tiene fecha del {day}, anterior al anterior ({last})</translation>
    </message>
    <message>
        <source>{reference} cannot become &apos;{state}&apos;: {blocker}</source>
        <translation>{reference} no puede pasar a «{state}»: {blocker}</translation>
    </message>
    <message>
        <source>give a reason why the exchange is {state}</source>
        <translation>indique por qué el intercambio está en estado «{state}»</translation>
    </message>
    <message>
        <source>{side}: either the host or the visitor accepts</source>
        <translation>{side}: acepta el anfitrión o el visitante</translation>
    </message>
    <message>
        <source>a match is accepted while the exchange is validated and not yet matched ({reference} is {state})</source>
        <translation>un emparejamiento se acepta mientras el intercambio está validado y aún no emparejado ({reference} está en estado «{state}»)</translation>
    </message>
    <message>
        <source>choose the host organisation before anyone accepts</source>
        <translation>elija la organización anfitriona antes de que nadie acepte</translation>
    </message>
    <message>
        <source>not a readable bundle (damaged or truncated: {error})</source>
        <translation>no es un paquete legible (dañado o truncado: {error})</translation>
    </message>
    <message>
        <source>holds {count} members; at most {limit} are allowed</source>
        <translation>contiene {count} elementos; se permiten como máximo {limit}</translation>
    </message>
    <message>
        <source>holds a member with an unsafe name {name}</source>
        <translation>contiene un elemento con un nombre no seguro {name}</translation>
    </message>
    <message>
        <source>holds a link or folder {name}; only plain files are allowed</source>
        <translation>contiene un enlace o una carpeta {name}; solo se permiten archivos normales</translation>
    </message>
    <message>
        <source>holds an unexpected member {name}</source>
        <translation>contiene un elemento inesperado {name}</translation>
    </message>
    <message>
        <source>holds the member {name} twice</source>
        <translation>contiene el elemento {name} dos veces</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes; the limit is {limit}</source>
        <translation>el elemento {name} ocupa {size} bytes; el límite es {limit}</translation>
    </message>
    <message>
        <source>member {name} expands more than {ratio}x (a zip bomb?)</source>
        <translation>el elemento {name} se expande más de {ratio} veces (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes</source>
        <translation>al descomprimirse ocupa más de {limit} bytes</translation>
    </message>
    <message>
        <source>member {name} is damaged ({error})</source>
        <translation>el elemento {name} está dañado ({error})</translation>
    </message>
    <message>
        <source>member {name} is not the size its header says</source>
        <translation>el elemento {name} no tiene el tamaño que indica su cabecera</translation>
    </message>
    <message>
        <source>member {name} is larger than its header says</source>
        <translation>el elemento {name} es más grande de lo que indica su cabecera</translation>
    </message>
    <message>
        <source>the coordinator&apos;s office card is not registered yet: register the card the coordinator sent you (Bundles, Partners and keys) before sending</source>
        <translation>la tarjeta de oficina del coordinador aún no está registrada: registre la tarjeta que le envió el coordinador (Paquetes, Socios y claves) antes de enviar</translation>
    </message>
    <message>
        <source>cannot write to {folder}: the folder does not exist</source>
        <translation>no se puede escribir en {folder}: la carpeta no existe</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>leyendo los registros</translation>
    </message>
    <message>
        <source>encrypting</source>
        <translation>cifrando</translation>
    </message>
    <message>
        <source>writing the bundle</source>
        <translation>escribiendo el paquete</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({error})</source>
        <translation>el manifiesto no es un JSON válido ({error})</translation>
    </message>
    <message>
        <source>the manifest is not a BLUES bundle manifest</source>
        <translation>el manifiesto no es el de un paquete BLUES</translation>
    </message>
    <message>
        <source>the manifest has no format version</source>
        <translation>el manifiesto no tiene versión de formato</translation>
    </message>
    <message>
        <source>written in bundle format {version} by a newer BLUES Desktop; this version reads format {readable} — update BLUES Desktop</source>
        <translation>escrito en el formato de paquete {version} por un BLUES Desktop más reciente; esta versión lee el formato {readable}: actualice BLUES Desktop</translation>
    </message>
    <message>
        <source>the manifest lacks a valid {key}</source>
        <translation>al manifiesto le falta un {key} válido</translation>
    </message>
    <message>
        <source>the manifest describes table {name} wrongly</source>
        <translation>el manifiesto describe mal la tabla {name}</translation>
    </message>
    <message>
        <source>the manifest lists its files wrongly</source>
        <translation>el manifiesto enumera mal sus archivos</translation>
    </message>
    <message>
        <source>the manifest describes the file {name} wrongly</source>
        <translation>el manifiesto describe mal el archivo {name}</translation>
    </message>
    <message>
        <source>lists {count} files; at most {limit} are allowed</source>
        <translation>enumera {count} archivos; se permiten como máximo {limit}</translation>
    </message>
    <message>
        <source>verifying {file}</source>
        <translation>verificando {file}</translation>
    </message>
    <message>
        <source>stopped on an unexpected error; nothing was changed</source>
        <translation>detenido por un error inesperado; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>haciendo una copia de seguridad</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>fusionando</translation>
    </message>
    <message>
        <source>{record} {problem}: {action}</source>
        <translation>{record} {problem}: {action}</translation>
    </message>
    <message>
        <source>is in the bundle twice</source>
        <translation>está dos veces en el paquete</translation>
    </message>
    <message>
        <source>is kept here by office {owner}, and the bundle gives it to office {incoming}</source>
        <translation>lo lleva aquí la oficina {owner} y el paquete lo asigna a la oficina {incoming}</translation>
    </message>
    <message>
        <source>a record never changes office; ask the sending office to check it</source>
        <translation>un registro nunca cambia de oficina; pida a la oficina remitente que lo compruebe</translation>
    </message>
    <message>
        <source>arrives with revision {revision}, which is already here with other content ({columns})</source>
        <translation>llega con la revisión {revision}, que ya está aquí con otro contenido ({columns})</translation>
    </message>
    <message>
        <source>the two copies differ; ask office {office} to save the record again (a new revision) and send a new bundle</source>
        <translation>las dos copias difieren; pida a la oficina {office} que vuelva a guardar el registro (una nueva revisión) y envíe un nuevo paquete</translation>
    </message>
    <message>
        <source>has the same {key} as {other} in the same bundle</source>
        <translation>tiene el mismo {key} que {other} en el mismo paquete</translation>
    </message>
    <message>
        <source>would take the place of {here} (the same {key}), which {referrer} here refers to</source>
        <translation>ocuparía el lugar de {here} (el mismo {key}), al que aquí se refiere {referrer}</translation>
    </message>
    <message>
        <source>ask office {office} to send a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>pida a la oficina {office} que envíe un paquete completo («Todo» o `bundle export --full`)</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, this office&apos;s own; both cannot exist</source>
        <translation>tiene el mismo {key} que {here}, propio de esta oficina; no pueden existir los dos</translation>
    </message>
    <message>
        <source>office {incoming} and this office must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>la oficina {incoming} y esta oficina deben acordar qué registro es el correcto; el erróneo lo borra su oficina y luego vuelve a enviar su paquete</translation>
    </message>
    <message>
        <source>has the same {key} as {here}, kept by office {owner}; both cannot exist</source>
        <translation>tiene el mismo {key} que {here}, que lleva la oficina {owner}; no pueden existir los dos</translation>
    </message>
    <message>
        <source>office {incoming} and office {owner} must agree which record is right; the one that is wrong is deleted by its office, then its bundle sent again</source>
        <translation>las oficinas {incoming} y {owner} deben acordar qué registro es el correcto; el erróneo lo borra su oficina y luego vuelve a enviar su paquete</translation>
    </message>
    <message>
        <source>names office {office}, which is not a BLUES office</source>
        <translation>nombra la oficina {office}, que no es una oficina BLUES</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here any more</source>
        <translation>se refiere a {record} (su {column}) que ya no está ni en el paquete ni aquí</translation>
    </message>
    <message>
        <source>refers to {record} (its {column}) that is neither in the bundle nor here</source>
        <translation>se refiere a {record} (su {column}) que no está ni en el paquete ni aquí</translation>
    </message>
    <message>
        <source>was created on {created} for {parent} (its {column}), which had been deleted on {deleted}</source>
        <translation>se creó el {created} para {parent} (su {column}), que se había borrado el {deleted}</translation>
    </message>
    <message>
        <source>ask office {office} to restore or correct it and send a new bundle</source>
        <translation>pida a la oficina {office} que lo restaure o lo corrija y envíe un nuevo paquete</translation>
    </message>
    <message>
        <source>it is kept by office {keeper}: import {keeper}&apos;s bundle first (or the coordinator&apos;s), then this one again</source>
        <translation>lo lleva la oficina {keeper}: importe primero el paquete de {keeper} (o el del coordinador) y luego este de nuevo</translation>
    </message>
    <message>
        <source>import the bundles that carry it first (office {sender}&apos;s earlier bundles, or the coordinator&apos;s), or ask office {sender} for a full bundle (“Everything”, or `bundle export --full`)</source>
        <translation>importe primero los paquetes que lo contienen (los paquetes anteriores de la oficina {sender} o los del coordinador), o pida a la oficina {sender} un paquete completo («Todo» o `bundle export --full`)</translation>
    </message>
    <message>
        <source>the bundle is damaged; ask its office to write it again</source>
        <translation>el paquete está dañado; pida a su oficina que lo vuelva a escribir</translation>
    </message>
    <message>
        <source>{count} record(s) cannot be merged: {refusals}</source>
        <translation>Registros que no se pueden fusionar ({count}): {refusals}</translation>
    </message>
    <message>
        <source>{count}+ record(s) cannot be merged: {refusals} …</source>
        <translation>Registros que no se pueden fusionar ({count}+): {refusals} …</translation>
    </message>
    <message>
        <source>{record} of the bundle has the same {key} as another {kind} here; both cannot exist: the offices that keep them must agree which is right</source>
        <translation>{record} del paquete tiene el mismo {key} que otro registro «{kind}» de aquí; no pueden existir los dos: las oficinas que los llevan deben acordar cuál es el correcto</translation>
    </message>
    <message>
        <source>a record of the bundle refers to one that is neither in the bundle nor here: import the other offices&apos; bundles (or the coordinator&apos;s) first, then this one again</source>
        <translation>un registro del paquete se refiere a otro que no está ni en el paquete ni aquí: importe primero los paquetes de las otras oficinas (o el del coordinador) y luego este de nuevo</translation>
    </message>
    <message>
        <source>a record of the bundle breaks a rule of this database (an empty required value or a value out of range): ask its office to check it and send a new bundle</source>
        <translation>un registro del paquete incumple una regla de esta base de datos (un valor obligatorio vacío o un valor fuera de rango): pida a su oficina que lo compruebe y envíe un nuevo paquete</translation>
    </message>
    <message>
        <source>{column}: expected a decimal number as text, got {value}</source>
        <translation>{column}: se esperaba un número decimal como texto, se recibió {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not a number</source>
        <translation>{column}: {value} no es un número</translation>
    </message>
    <message>
        <source>{column}: {value} has more than 2 decimal places</source>
        <translation>{column}: {value} tiene más de 2 decimales</translation>
    </message>
    <message>
        <source>{column}: expected {expected}, got {value}</source>
        <translation>{column}: se esperaba {expected}, se recibió {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is not {form}</source>
        <translation>{column}: {value} no es {form}</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>una fecha y hora</translation>
    </message>
    <message>
        <source>an ISO date and time</source>
        <translation>una fecha y hora ISO</translation>
    </message>
    <message>
        <source>{column}: {value} has no time zone</source>
        <translation>{column}: {value} no tiene zona horaria</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>an ISO date</source>
        <translation>una fecha ISO</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>una hora</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}: se esperaba true o false, se recibió {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, got {value}</source>
        <translation>{column}: se esperaba un número entero, se recibió {value}</translation>
    </message>
    <message>
        <source>{column}: expected text, got {value}</source>
        <translation>{column}: se esperaba texto, se recibió {value}</translation>
    </message>
    <message>
        <source>{column}: text longer than {length} characters</source>
        <translation>{column}: texto de más de {length} caracteres</translation>
    </message>
    <message>
        <source>{column}: a column of type {kind} cannot travel in bundles</source>
        <translation>{column}: una columna de tipo {kind} no puede viajar en paquetes</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>columna desconocida {name}</translation>
    </message>
    <message>
        <source>missing column {name}</source>
        <translation>falta la columna {name}</translation>
    </message>
    <message>
        <source>{column}: must not be empty</source>
        <translation>{column}: no puede estar vacío</translation>
    </message>
    <message>
        <source>not a JSON object ({error})</source>
        <translation>no es un objeto JSON ({error})</translation>
    </message>
    <message>
        <source>signed by office {office}, whose key is not registered here (fingerprint {fingerprint})</source>
        <translation>firmado por la oficina {office}, cuya clave no está registrada aquí (huella {fingerprint})</translation>
    </message>
    <message>
        <source>the signature does not match office {office}&apos;s registered key {fingerprint} (seen: {seen}); the bundle was changed or signed by another key (if the office changed its keys, register its new card: Partners and keys)</source>
        <translation>la firma no coincide con la clave registrada {fingerprint} de la oficina {office} (vista: {seen}); el paquete se modificó o se firmó con otra clave (si la oficina cambió sus claves, registre su nueva tarjeta: Socios y claves)</translation>
    </message>
    <message>
        <source>signed with office {office}&apos;s key, revoked on {day}</source>
        <translation>firmado con la clave de la oficina {office}, revocada el {day}</translation>
    </message>
    <message>
        <source>the payload does not match the signed manifest (its hash differs)</source>
        <translation>el contenido no coincide con el manifiesto firmado (su hash es distinto)</translation>
    </message>
    <message>
        <source>cannot decrypt the payload: it is not addressed to this office</source>
        <translation>no se puede descifrar el contenido: no va dirigido a esta oficina</translation>
    </message>
    <message>
        <source>the payload lacks the file {name}</source>
        <translation>al contenido le falta el archivo {name}</translation>
    </message>
    <message>
        <source>the payload lacks the table file {name}</source>
        <translation>al contenido le falta el archivo de tabla {name}</translation>
    </message>
    <message>
        <source>the table file {name} does not match the manifest (size or hash)</source>
        <translation>el archivo de tabla {name} no coincide con el manifiesto (tamaño o hash)</translation>
    </message>
    <message>
        <source>the table file {name} does not hold the rows the manifest says</source>
        <translation>el archivo de tabla {name} no contiene las filas que indica el manifiesto</translation>
    </message>
    <message>
        <source>holds the file {name}…, which no record of the bundle names</source>
        <translation>contiene el archivo {name}…, que no nombra ningún registro del paquete</translation>
    </message>
    <message>
        <source>the file {name}… does not match its name (size or hash)</source>
        <translation>el archivo {name}… no coincide con su nombre (tamaño o hash)</translation>
    </message>
    <message>
        <source>the file {name}… is not a PDF or an image</source>
        <translation>el archivo {name}… no es un PDF ni una imagen</translation>
    </message>
    <message>
        <source>{moment}</source>
        <translation>{moment}</translation>
    </message>
    <message>
        <source>calls itself bundle {sequence} of {office}; bundles are numbered from 1</source>
        <translation>se presenta como el paquete {sequence} de {office}; los paquetes se numeran desde 1</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>ningún paquete</translation>
    </message>
    <message>
        <source>bundle {sequence}</source>
        <translation>el paquete {sequence}</translation>
    </message>
    <message>
        <source>follows none</source>
        <translation>no sigue a ninguno</translation>
    </message>
    <message>
        <source>must follow bundle {sequence}</source>
        <translation>debe seguir al paquete {sequence}</translation>
    </message>
    <message>
        <source>is bundle {sequence} of {office} but says it follows {follows}; bundle {sequence} {should} — ask office {office} to write a new bundle</source>
        <translation>es el paquete {sequence} de {office} pero indica como anterior {follows}; el paquete {sequence} {should}: pida a la oficina {office} que escriba un nuevo paquete</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} was already imported with other content; ask office {office} which file is right</source>
        <translation>el paquete {sequence} de {office} ya se importó con otro contenido; pregunte a la oficina {office} qué archivo es el correcto</translation>
    </message>
    <message>
        <source>bundle {sequence} of {office} is older than bundle {highest}, already imported here; its changes came with the later bundle, so there is nothing to import</source>
        <translation>el paquete {sequence} de {office} es anterior al paquete {highest}, ya importado aquí; sus cambios llegaron con el paquete posterior, así que no hay nada que importar</translation>
    </message>
    <message>
        <source>does not continue bundle {sequence} of {office} as it was imported here; ask office {office} which bundle is right</source>
        <translation>no continúa el paquete {sequence} de {office} tal como se importó aquí; pregunte a la oficina {office} qué paquete es el correcto</translation>
    </message>
    <message>
        <source>bundle {shown} of {office} has not been imported (a gap); later ones hold their changes</source>
        <translation>el paquete {shown} de {office} no se ha importado (un hueco); los posteriores contienen sus cambios</translation>
    </message>
    <message>
        <source>bundles {shown} of {office} have not been imported (a gap); later ones hold their changes</source>
        <translation>los paquetes {shown} de {office} no se han importado (un hueco); los posteriores contienen sus cambios</translation>
    </message>
    <message>
        <source>only the coordinator may send the partner registry</source>
        <translation>solo el coordinador puede enviar el registro de socios</translation>
    </message>
    <message>
        <source>holds an unknown table {name}</source>
        <translation>contiene una tabla desconocida {name}</translation>
    </message>
    <message>
        <source>{record} (line {line}): {problem}</source>
        <translation>{record} (línea {line}): {problem}</translation>
    </message>
    <message>
        <source>{record} (line {line}): belongs to office {owner}; {signer} may only send its own records</source>
        <translation>{record} (línea {line}): pertenece a la oficina {owner}; {signer} solo puede enviar sus propios registros</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons}</source>
        <translation>Filas rechazadas ({count}): {reasons}</translation>
    </message>
    <message>
        <source>{count} row(s) refused: {reasons} …</source>
        <translation>Filas rechazadas ({count}): {reasons} …</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>lacks {name}</source>
        <translation>falta {name}</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved to {where}</source>
        <translation>el disco está lleno; no se ha guardado nada en {where}</translation>
    </message>
    <message>
        <source>cannot write to {where}: the database is on a read-only medium</source>
        <translation>no se puede escribir en {where}: la base de datos está en un soporte de solo lectura</translation>
    </message>
    <message>
        <source>{where} is busy in another program; nothing was saved, try again</source>
        <translation>{where} está ocupada por otro programa; no se ha guardado nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the database refused the change ({error}); nothing was saved</source>
        <translation>la base de datos ha rechazado el cambio ({error}); no se ha guardado nada</translation>
    </message>
    <message>
        <source>this data folder was given when the app started (--data-dir or BLUES_DATA_DIR); move it by hand and give the new place the same way</source>
        <translation>esta carpeta de datos se indicó al iniciar la aplicación (--data-dir o BLUES_DATA_DIR); muévala a mano e indique el nuevo lugar de la misma forma</translation>
    </message>
    <message>
        <source>Say why the keys are changed (it is kept in the history), for example “the laptop was lost” or “yearly change”.</source>
        <translation>Indique por qué se cambian las claves (queda en el historial), por ejemplo «se perdió el portátil» o «cambio anual».</translation>
    </message>
    <message>
        <source>office {office} is not set up here</source>
        <translation>la oficina {office} no está configurada aquí</translation>
    </message>
    <message>
        <source>the office card</source>
        <translation>la tarjeta de oficina</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card: it is not a card&apos;s text (line {line}: {error}). Ask the office for the file its window saved.</source>
        <translation>{source} no es una tarjeta de oficina BLUES: no es el texto de una tarjeta (línea {line}: {error}). Pida a la oficina el archivo que guardó su ventana.</translation>
    </message>
    <message>
        <source>{source} is not a BLUES office card. Ask the office for the file its window saved (Partners and keys, Save my card).</source>
        <translation>{source} no es una tarjeta de oficina BLUES. Pida a la oficina el archivo que guardó su ventana (Socios y claves, Guardar mi tarjeta).</translation>
    </message>
    <message>
        <source>{source} is not a whole office card (a part of it is missing). Ask the office to save its card again.</source>
        <translation>{source} no es una tarjeta de oficina completa (falta una parte). Pida a la oficina que vuelva a guardar su tarjeta.</translation>
    </message>
    <message>
        <source>{source} holds a damaged key (it was changed after it was saved); ask the office to save its card again</source>
        <translation>{source} contiene una clave dañada (se modificó después de guardarla); pida a la oficina que vuelva a guardar su tarjeta</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its key id does not match its key. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} se modificó después de guardarse: su ID de clave no coincide con su clave. No confíe en ella; pida a la oficina que vuelva a guardar su tarjeta.</translation>
    </message>
    <message>
        <source>{source} was changed after it was saved: its fingerprint does not match its keys. Do not trust it; ask the office to save its card again.</source>
        <translation>{source} se modificó después de guardarse: su huella no coincide con sus claves. No confíe en ella; pida a la oficina que vuelva a guardar su tarjeta.</translation>
    </message>
    <message>
        <source>keys already exist in {folder}; they are never overwritten</source>
        <translation>ya existen claves en {folder}; nunca se sobrescriben</translation>
    </message>
    <message>
        <source>cannot read the public key {path}: {error}</source>
        <translation>no se puede leer la clave pública {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign public key file</source>
        <translation>{path} no es un archivo de clave pública de minisign</translation>
    </message>
    <message>
        <source>cannot read the office keys in {folder}: {error}</source>
        <translation>no se pueden leer las claves de la oficina en {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a minisign secret key: {error}</source>
        <translation>{path} no es una clave secreta de minisign: {error}</translation>
    </message>
    <message>
        <source>the office key is protected by a passphrase; give it</source>
        <translation>la clave de la oficina está protegida con una frase de contraseña; introdúzcala</translation>
    </message>
    <message>
        <source>the passphrase does not open the office keys</source>
        <translation>la frase de contraseña no abre las claves de la oficina</translation>
    </message>
    <message>
        <source>{path} holds no age identity</source>
        <translation>{path} no contiene ninguna identidad age</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); a backup of it would be damaged too; restore one with `blues backup restore`</source>
        <translation>la base de datos {path} está dañada ({problem}); una copia de seguridad de ella también lo estaría; restaure una con `blues backup restore`</translation>
    </message>
    <message>
        <source>there is no backup {name} in {folder}; `blues backup list` shows them</source>
        <translation>no hay ninguna copia de seguridad {name} en {folder}; `blues backup list` las muestra</translation>
    </message>
    <message>
        <source>BLUES Desktop is open on {folder}; close it before restoring a backup</source>
        <translation>BLUES Desktop está abierto en {folder}; ciérrelo antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({problem}); pick another</source>
        <translation>la copia de seguridad {file} también está dañada ({problem}); elija otra</translation>
    </message>
    <message>
        <source>the copy of {file} did not pass the check; try again</source>
        <translation>la copia de {file} no ha superado la comprobación; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>revoked {day}</source>
        <translation>revocada el {day}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>aún sin clave</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is far too large for one)</source>
        <translation>{file} no es una tarjeta de oficina BLUES (es demasiado grande para serlo)</translation>
    </message>
    <message>
        <source>{file} is not a BLUES office card (it is not text)</source>
        <translation>{file} no es una tarjeta de oficina BLUES (no es texto)</translation>
    </message>
    <message>
        <source>cannot read the office card {file}: {error}</source>
        <translation>no se puede leer la tarjeta de oficina {file}: {error}</translation>
    </message>
    <message>
        <source>This is the card of your own office ({office}). Send it to your partners; register the cards they send you.</source>
        <translation>Esta es la tarjeta de su propia oficina ({office}). Envíela a sus socios; registre las tarjetas que ellos le envíen.</translation>
    </message>
    <message>
        <source>The card names the office {office}, which is not one of the BLUES offices.</source>
        <translation>La tarjeta nombra la oficina {office}, que no es ninguna de las oficinas BLUES.</translation>
    </message>
    <message>
        <source>This key of {office} was revoked on {day}; a revoked key is never trusted again. Ask them to change their keys and send the new card.</source>
        <translation>Esta clave de {office} se revocó el {day}; nunca se vuelve a confiar en una clave revocada. Pídales que cambien sus claves y envíen la nueva tarjeta.</translation>
    </message>
    <message>
        <source>{office} already has another key registered (fingerprint {fingerprint}). Replacing it is a key rotation: confirm it, with a reason, only after comparing the new fingerprint with them.</source>
        <translation>{office} ya tiene registrada otra clave (huella {fingerprint}). Sustituirla es un cambio de clave: confírmelo, con un motivo, solo después de comparar la nueva huella con ellos.</translation>
    </message>
    <message>
        <source>Say why the key is replaced (it is kept in the history).</source>
        <translation>Indique por qué se sustituye la clave (queda en el historial).</translation>
    </message>
    <message>
        <source>Say why the key is revoked (it is kept in the history).</source>
        <translation>Indique por qué se revoca la clave (queda en el historial).</translation>
    </message>
    <message>
        <source>This office&apos;s own key cannot be revoked; change this office&apos;s keys instead.</source>
        <translation>La clave propia de esta oficina no se puede revocar; cambie en su lugar las claves de esta oficina.</translation>
    </message>
    <message>
        <source>Office {office} has no registered key to revoke.</source>
        <translation>La oficina {office} no tiene ninguna clave registrada que revocar.</translation>
    </message>
    <message>
        <source>The key of {office} was revoked already, on {day}.</source>
        <translation>La clave de {office} ya se revocó el {day}.</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly before it finished; nothing was changed</source>
        <translation>el trabajo se detuvo inesperadamente antes de terminar; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the disk is full; could not write {path}</source>
        <translation>el disco está lleno; no se ha podido escribir {path}</translation>
    </message>
    <message>
        <source>cannot write to {path}: the location is read-only or not permitted</source>
        <translation>no se puede escribir en {path}: el lugar es de solo lectura o no está permitido</translation>
    </message>
    <message>
        <source>cannot write to {path}: the folder does not exist</source>
        <translation>no se puede escribir en {path}: la carpeta no existe</translation>
    </message>
    <message>
        <source>cannot write to {path}: {error}</source>
        <translation>no se puede escribir en {path}: {error}</translation>
    </message>
    <message>
        <source>there is no database at {path} to back up</source>
        <translation>no hay ninguna base de datos en {path} de la que hacer copia de seguridad</translation>
    </message>
    <message>
        <source>could not copy the database {path}: {error}</source>
        <translation>no se ha podido copiar la base de datos {path}: {error}</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); restore a backup with `blues backup restore` or start the app to choose one</source>
        <translation>la base de datos {path} está dañada ({problem}); restaure una copia de seguridad con `blues backup restore` o inicie la aplicación para elegir una</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {error}</source>
        <translation>no se puede abrir la base de datos {path}: {error}</translation>
    </message>
    <message>
        <source>cannot check the database {path}: {error}</source>
        <translation>no se puede comprobar la base de datos {path}: {error}</translation>
    </message>
    <message>
        <source>cannot read it: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>that is where the data folder is already</source>
        <translation>la carpeta de datos ya está ahí</translation>
    </message>
    <message>
        <source>the new place cannot be inside the current data folder</source>
        <translation>el nuevo lugar no puede estar dentro de la carpeta de datos actual</translation>
    </message>
    <message>
        <source>the new place cannot hold the current data folder</source>
        <translation>el nuevo lugar no puede contener la carpeta de datos actual</translation>
    </message>
    <message>
        <source>{folder} is not an empty folder; choose a new or an empty folder</source>
        <translation>{folder} no es una carpeta vacía; elija una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>the data folder was not moved: {problem}</source>
        <translation>la carpeta de datos no se ha movido: {problem}</translation>
    </message>
    <message>
        <source>the data folder was not moved: the copied database failed its check ({problems})</source>
        <translation>la carpeta de datos no se ha movido: la base de datos copiada no ha superado la comprobación ({problems})</translation>
    </message>
    <message>
        <source>the data folder was not moved: {file} did not copy whole</source>
        <translation>la carpeta de datos no se ha movido: {file} no se ha copiado entero</translation>
    </message>
    <message>
        <source>cannot write to {path}: it is a file, not a folder</source>
        <translation>no se puede escribir en {path}: es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; coordinator, {work_package} leader)</source>
        <translation>{code} — {name} ({country}; coordinador, líder del {work_package})</translation>
    </message>
    <message>
        <source>{code} — {name} ({country}; {work_package} leader)</source>
        <translation>{code} — {name} ({country}; líder del {work_package})</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>recovery_dialog</name>
    <message>
        <source>Taken</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Why it was taken</source>
        <translation>Por qué se realizó</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{organisations} organisations written by a process of its own</source>
        <translation>{organisations} organizaciones escritas por un proceso propio</translation>
    </message>
    <message>
        <source>Qt&apos;s {code} messages</source>
        <translation>Mensajes de Qt en {code}</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Move the data folder to
{target}?

BLUES Desktop closes when the copy has been checked, and opens the new place at the next start.</source>
        <translation>¿Mover la carpeta de datos a
{target}?

BLUES Desktop se cerrará cuando se haya comprobado la copia y abrirá la nueva ubicación en el próximo inicio.</translation>
    </message>
    <message>
        <source>The data folder is now
{new}

The old folder
{old}
is kept; delete it once you have worked in the new place. BLUES Desktop closes now; start it again.</source>
        <translation>La carpeta de datos es ahora
{new}

La carpeta anterior
{old}
se conserva; bórrela cuando ya haya trabajado en la nueva ubicación. BLUES Desktop se cierra ahora; vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>Moving the data folder…</source>
        <translation>Moviendo la carpeta de datos…</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Create a new record on the page shown: an organisation, exchange, event or staff member.</source>
        <translation>Crear un registro nuevo en la página mostrada: una organización, un intercambio, un evento o un empleado.</translation>
    </message>
    <message>
        <source>There is nothing to create on this page.</source>
        <translation>En esta página no hay nada que crear.</translation>
    </message>
    <message>
        <source>Edit the selected record.</source>
        <translation>Editar el registro seleccionado.</translation>
    </message>
    <message>
        <source>Select a record to edit first.</source>
        <translation>Seleccione primero un registro para editarlo.</translation>
    </message>
    <message>
        <source>Delete the selected record, as the page&apos;s Delete button does.</source>
        <translation>Eliminar el registro seleccionado, igual que el botón Eliminar de la página.</translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation>Seleccione primero un registro para eliminarlo.</translation>
    </message>
    <message>
        <source>Put the cursor in the page&apos;s search box.</source>
        <translation>Situar el cursor en el cuadro de búsqueda de la página.</translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation>Esta página no tiene cuadro de búsqueda.</translation>
    </message>
    <message>
        <source>Read the page&apos;s data again.</source>
        <translation>Volver a leer los datos de la página.</translation>
    </message>
    <message>
        <source>Preview and print the page&apos;s document (the attendance sheet, the month&apos;s timesheet).</source>
        <translation>Vista previa e impresión del documento de la página (la hoja de asistencia, la hoja de horas del mes).</translation>
    </message>
    <message>
        <source>There is nothing to print on this page.</source>
        <translation>En esta página no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Open the settings.</source>
        <translation>Abrir la configuración.</translation>
    </message>
    <message>
        <source>Quit the app.</source>
        <translation>Salir de la aplicación.</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts.</source>
        <translation>Mostrar esta lista de atajos de teclado.</translation>
    </message>
    <message>
        <source>Zoom in.</source>
        <translation>Ampliar.</translation>
    </message>
    <message>
        <source>Zoom out.</source>
        <translation>Reducir.</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width.</source>
        <translation>Ajustar la página al ancho de la ventana.</translation>
    </message>
    <message>
        <source>Print the document.</source>
        <translation>Imprimir el documento.</translation>
    </message>
    <message>
        <source>Save the document as a PDF file.</source>
        <translation>Guardar el documento como archivo PDF.</translation>
    </message>
    <message>
        <source>Show the Members page.</source>
        <translation>Mostrar la página Miembros.</translation>
    </message>
    <message>
        <source>Show the Exchanges page.</source>
        <translation>Mostrar la página Intercambios.</translation>
    </message>
    <message>
        <source>Show the Events page.</source>
        <translation>Mostrar la página Eventos.</translation>
    </message>
    <message>
        <source>Show the Timesheets page.</source>
        <translation>Mostrar la página Hojas de horas.</translation>
    </message>
    <message>
        <source>Show the Bundles page.</source>
        <translation>Mostrar la página Paquetes.</translation>
    </message>
    <message>
        <source>Show the Reports page.</source>
        <translation>Mostrar la página Informes.</translation>
    </message>
    <message>
        <source>Show the page “{page}”.</source>
        <translation>Mostrar la página «{page}».</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Cannot use the data folder {root}: {strerror}</source>
        <translation>No se puede usar la carpeta de datos {root}: {strerror}</translation>
    </message>
    <message>
        <source>BLUES Desktop is already open on the data folder
{root}

Switch to that window, or close it first.</source>
        <translation>BLUES Desktop ya está abierto con la carpeta de datos
{root}

Cambie a esa ventana o ciérrela antes.</translation>
    </message>
</context>
</TS>
