<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <message>
        <source>BLUES Desktop</source>
        <translation>BLUES Desktop</translation>
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
</TS>
