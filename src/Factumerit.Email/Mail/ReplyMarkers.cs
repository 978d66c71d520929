using System.Text.RegularExpressions;

namespace Factumerit.Email.Mail;

/// <summary>Line patterns that mark where a mail client put the quoted history.</summary>
internal static partial class ReplyMarkers
{
    // "On Tue, Jan 6, 2026 at 9:14 AM Jane <jane@x.com> wrote:" and its localised cousins:
    // Le … a écrit :, Am … schrieb …:, El … escribió:, Il … ha scritto:, Op … schreef …:,
    // Em … escreveu:, Den … skrev:, W dniu … napisał:, Dne … napsal:.
    [GeneratedRegex(
        @"^\s*(?:On|Le|Am|El|Il|Op|Em|Den|På|W dniu|Dne)\s.*?\b(?:wrote|a\s+écrit|schrieb|escribió|ha\s+scritto|schreef|escreveu|skrev|napisał(?:\(a\))?|napsal(?:\(a\))?)(?:\s[^:]*)?\s*:\s*$",
        RegexOptions.CultureInvariant)]
    public static partial Regex Attribution();

    [GeneratedRegex(@"^\s*(?:On|Le|Am|El|Il|Op|Em|Den|På|W dniu|Dne)\s", RegexOptions.CultureInvariant)]
    public static partial Regex AttributionStart();

    // 9:14, 09.14, 9h14 or a year: what a client's date stamp has and prose rarely does.
    [GeneratedRegex(@"\b\d{1,2}[:.h]\d{2}\b|\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    public static partial Regex TimeOrYear();

    [GeneratedRegex(
        @"^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Originalmeddelande|Mensagem original)\s*-{2,}\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex OriginalMessage();

    // Forwarded mail is what the sender wants the persona to read, so it is kept, headers included.
    [GeneratedRegex(
        @"^\s*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht)\s*-{2,}|Begin forwarded message:)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ForwardedMessage();

    // Outlook (web and desktop) and Gmail put a long rule of underscores above the old mail.
    [GeneratedRegex(@"^\s*_{16,}\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex UnderscoreRule();

    // Outlook's header block, sometimes bolded ("*From:*") when converted from HTML.
    [GeneratedRegex(@"^\s*\*?(?:From|Von|De|Da|Van|Från|Fra|Od)\s?:\*?\s*\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\s*\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Inviato|Data|Verzonden|Skickat|Sendt|Wysłano)\s?:\*?\s*\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex HeaderSent();

    [GeneratedRegex(@"^\s*\*?(?:To|Subject|Cc|An|Betreff|À|Objet|Para|Asunto|A|Oggetto|Aan|Onderwerp|Till|Ämne|Til|Emne|Do|Temat)\s?:\*?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex HeaderToOrSubject();

    [GeneratedRegex(
        @"^\s*(?:Sent from my \w[\w ]*|Sent from (?:Mail|Outlook) for \w+|Get Outlook for \w+|Envoyé de mon \w+|Von meinem \w+ gesendet|Enviado desde mi \w+|Inviato da \w[\w ]*)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex MobileFooter();
}
