using CivilityBot.Downloads;

namespace CivilityBot.Tests.Downloads;

/// <summary>A feature stand-in: links of kind "test" open subject "1" as a small file; other subjects no longer exist.</summary>
internal sealed class TestDownloadSource : IDownloadSource
{
    public const string TestKind = "test";

    public static readonly byte[] Content = [1, 2, 3];

    public string Kind => TestKind;

    public DownloadFile? Open(DownloadLink link, DownloadFormat format) =>
        link.SubjectId == "1" ? new DownloadFile($"测试-{format}", Content) : null;
}
