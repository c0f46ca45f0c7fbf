using System.IO.Compression;
using System.Text;

namespace CivilityBot.Evidence;

/// <summary>
/// Recognises a file's type from its first bytes (magic numbers), not from its name. No maintained .NET sniffing
/// package is served here (Mime-Detective is a 2017 beta), so this is a small signature table. Sources: the file
/// format specifications as summarised in Gary Kessler's file-signature table and the WHATWG MIME Sniffing Standard
/// (§6: image, audio/video type pattern matching); ISO/IEC 14496-12 for the "ftyp" brands of MP4, MOV, M4A and HEIF.
/// Zip files are opened (central directory only) to tell Word, Excel and PowerPoint apart; an OLE2 compound file
/// (old .doc/.xls/.ppt) is accepted under any of those three names, because telling them apart means parsing its
/// directory.
/// </summary>
public static class EvidenceTypeSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeadLength = 64;

    public static readonly EvidenceType Jpeg = new("jpeg", "image/jpeg", EvidenceKind.Photo, ["jpg", "jpeg", "jpe", "jfif"]);
    public static readonly EvidenceType Png = new("png", "image/png", EvidenceKind.Photo, ["png"]);
    public static readonly EvidenceType Gif = new("gif", "image/gif", EvidenceKind.Photo, ["gif"]);
    public static readonly EvidenceType Webp = new("webp", "image/webp", EvidenceKind.Photo, ["webp"]);
    public static readonly EvidenceType Heic = new("heic", "image/heic", EvidenceKind.Photo, ["heic", "heif"]);
    public static readonly EvidenceType Tiff = new("tiff", "image/tiff", EvidenceKind.Photo, ["tif", "tiff"]);
    public static readonly EvidenceType Pdf = new("pdf", "application/pdf", EvidenceKind.Document, ["pdf"]);
    public static readonly EvidenceType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", EvidenceKind.Document, ["docx"]);
    public static readonly EvidenceType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", EvidenceKind.Document, ["xlsx"]);
    public static readonly EvidenceType Pptx = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", EvidenceKind.Document, ["pptx"]);
    public static readonly EvidenceType Ole2 = new("ole2", "application/x-ole-storage", EvidenceKind.Document, ["doc", "xls", "ppt", "wps", "et", "dps"]);
    public static readonly EvidenceType Mp3 = new("mp3", "audio/mpeg", EvidenceKind.Audio, ["mp3"]);
    public static readonly EvidenceType M4a = new("m4a", "audio/mp4", EvidenceKind.Audio, ["m4a"]);
    public static readonly EvidenceType Wav = new("wav", "audio/wav", EvidenceKind.Audio, ["wav"]);
    public static readonly EvidenceType Amr = new("amr", "audio/amr", EvidenceKind.Audio, ["amr"]);
    public static readonly EvidenceType Aac = new("aac", "audio/aac", EvidenceKind.Audio, ["aac"]);
    public static readonly EvidenceType Mp4 = new("mp4", "video/mp4", EvidenceKind.Video, ["mp4", "m4v", "3gp"]);
    public static readonly EvidenceType Mov = new("mov", "video/quicktime", EvidenceKind.Video, ["mov", "mp4"]);
    public static readonly EvidenceType Avi = new("avi", "video/x-msvideo", EvidenceKind.Video, ["avi"]);

    /// <summary>Every type this sniffer recognises.</summary>
    public static IReadOnlyList<EvidenceType> All { get; } =
        [Jpeg, Png, Gif, Webp, Heic, Tiff, Pdf, Docx, Xlsx, Pptx, Ole2, Mp3, M4a, Wav, Amr, Aac, Mp4, Mov, Avi];

    /// <summary>
    /// The type of a file whose first bytes are <paramref name="head"/> (at least <see cref="HeadLength"/> when the file
    /// is that long); <paramref name="openWhole"/> opens the whole file for zip-based types. Null when unrecognised.
    /// </summary>
    public static EvidenceType? Sniff(ReadOnlySpan<byte> head, Func<Stream> openWhole)
    {
        if (Starts(head, [0xFF, 0xD8, 0xFF])) return Jpeg;
        if (Starts(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (Ascii(head, 0, "GIF87a") || Ascii(head, 0, "GIF89a")) return Gif;
        if (Ascii(head, 0, "II*\0") || Ascii(head, 0, "MM\0*")) return Tiff;
        if (Ascii(head, 0, "%PDF-")) return Pdf;
        if (Starts(head, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return Ole2;
        if (Ascii(head, 0, "RIFF")) return Riff(head);
        if (Ascii(head, 4, "ftyp")) return Iso(head);
        if (Ascii(head, 0, "#!AMR")) return Amr;
        if (Ascii(head, 0, "ID3") || IsMpegAudioFrame(head)) return Mp3;
        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xF6) == 0xF0) return Aac;
        return Ascii(head, 0, "PK\u0003\u0004") ? OfficeOpenXml(openWhole) : null;
    }

    private static EvidenceType? Riff(ReadOnlySpan<byte> head) =>
        Ascii(head, 8, "WEBP") ? Webp : Ascii(head, 8, "WAVE") ? Wav : Ascii(head, 8, "AVI ") ? Avi : null;

    /// <summary>ISO base media files: the major brand at offset 8 names the flavour.</summary>
    private static EvidenceType? Iso(ReadOnlySpan<byte> head)
    {
        if (head.Length < 12) return null;
        var brand = Encoding.ASCII.GetString(head[8..12]);
        return brand switch
        {
            "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "mif1" or "msf1" => Heic,
            "M4A " or "M4B " => M4a,
            "qt  " => Mov,
            _ => Mp4,
        };
    }

    /// <summary>An MPEG-1/2 layer III frame header without an ID3 tag: 11 sync bits, layer bits 01.</summary>
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) == 0x02;

    private static EvidenceType? OfficeOpenXml(Func<Stream> openWhole)
    {
        try
        {
            using var stream = openWhole();
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var names = zip.Entries.Select(entry => entry.FullName).ToList();
            return names.Any(name => name.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                : names.Any(name => name.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                : names.Any(name => name.StartsWith("ppt/", StringComparison.Ordinal)) ? Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool Starts(ReadOnlySpan<byte> head, ReadOnlySpan<byte> signature) => head.StartsWith(signature);

    private static bool Ascii(ReadOnlySpan<byte> head, int offset, string text) =>
        head.Length >= offset + text.Length && head.Slice(offset, text.Length).SequenceEqual(Encoding.ASCII.GetBytes(text));
}
