using CivilityBot.Evidence;
using CivilityBot.Uploads;

namespace CivilityBot.Tests.Evidence;

public sealed class EvidenceTypeSnifferTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { "jpeg", "jpg" }, { "png", "png" }, { "pdf", "pdf" }, { "heic", "heic" }, { "mov", "mov" }, { "m4a", "m4a" },
        { "mp4", "mp4" }, { "wav", "wav" }, { "webp", "webp" }, { "mp3", "mp3" }, { "ole2", "doc" },
        { "docx", "docx" }, { "xlsx", "xlsx" }, { "pptx", "pptx" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sniff_RealFileHeader_NamesTheTypeAndAllowsItsExtension(string expected, string extension)
    {
        var bytes = Sample(expected);

        var type = EvidenceTypeSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, EvidenceTypeSniffer.HeadLength)), () => new MemoryStream(bytes));

        Assert.Equal(expected, type?.Name);
        Assert.Contains(extension, type!.Extensions);
    }

    [Fact]
    public void Sniff_ZipThatIsNoOfficeFile_IsUnrecognised()
    {
        var bytes = EvidenceSamples.OfficeZip("readme.txt");

        Assert.Null(EvidenceTypeSniffer.Sniff(bytes.AsSpan(0, 64), () => new MemoryStream(bytes)));
    }

    [Fact]
    public void Sniff_PlainText_IsUnrecognised()
    {
        var bytes = "这是一段文字，不是图片"u8.ToArray();

        Assert.Null(EvidenceTypeSniffer.Sniff(bytes, () => new MemoryStream(bytes)));
    }

    [Theory]
    [InlineData("照片.jpg", true)]
    [InlineData("会议 纪要 (1).docx", true)]
    [InlineData("../secret.pdf", false)]
    [InlineData("a\\b.pdf", false)]
    [InlineData("C:x.pdf", false)]
    [InlineData("report\u202Efdp.exe", false)]
    [InlineData("line\nbreak.pdf", false)]
    [InlineData("..", false)]
    [InlineData("  ", false)]
    public void IsPlain_Name_AcceptsOnlyPlainFileNames(string name, bool expected) =>
        Assert.Equal(expected, UploadNames.IsPlain(name));

    private static byte[] Sample(string type) => type switch
    {
        "jpeg" => EvidenceSamples.Jpeg(),
        "png" => EvidenceSamples.Png(),
        "pdf" => EvidenceSamples.Pdf(),
        "heic" => EvidenceSamples.Heic(),
        "mov" => EvidenceSamples.Mov(),
        "m4a" => EvidenceSamples.M4a(),
        "mp4" => EvidenceSamples.Mp4(),
        "wav" => EvidenceSamples.Wav(),
        "webp" => EvidenceSamples.Webp(),
        "mp3" => EvidenceSamples.Mp3(),
        "ole2" => EvidenceSamples.Ole2(),
        "docx" => EvidenceSamples.OfficeZip("word/document.xml"),
        "xlsx" => EvidenceSamples.OfficeZip("xl/workbook.xml"),
        _ => EvidenceSamples.OfficeZip("ppt/presentation.xml"),
    };
}
