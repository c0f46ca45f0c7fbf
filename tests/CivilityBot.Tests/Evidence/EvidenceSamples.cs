using System.IO.Compression;
using System.Text;

namespace CivilityBot.Tests.Evidence;

/// <summary>Small files whose first bytes are those of real files of each type (the rest is filler).</summary>
internal static class EvidenceSamples
{
    public static byte[] Jpeg(int size = 2048, byte fill = 0x42) => With([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8], size, fill);

    public static byte[] Png(int size = 2048) => With([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size, 0x11);

    public static byte[] Pdf(int size = 4096, byte fill = 0x20) => With("%PDF-1.7\n"u8.ToArray(), size, fill);

    public static byte[] Heic() => With([0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8], 1024, 0);

    public static byte[] Mov() => With([0, 0, 0, 0x14, .. "ftypqt  "u8, 0, 0, 0, 0, .. "qt  "u8], 1024, 0);

    public static byte[] M4a() => With([0, 0, 0, 0x1C, .. "ftypM4A "u8, 0, 0, 0, 0], 1024, 0);

    public static byte[] Mp4() => With([0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0], 1024, 0);

    public static byte[] Wav() => With([.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8], 1024, 0);

    public static byte[] Webp() => With([.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8], 1024, 0);

    public static byte[] Mp3() => With([.. "ID3"u8, 3, 0, 0], 1024, 0);

    public static byte[] Ole2() => With([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 1024, 0);

    /// <summary>A zip laid out like an Office Open XML file whose main part is <paramref name="mainPart"/> ("word/document.xml").</summary>
    public static byte[] OfficeZip(string mainPart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", mainPart })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }

    private static byte[] With(byte[] head, int size, byte fill)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, fill);
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
