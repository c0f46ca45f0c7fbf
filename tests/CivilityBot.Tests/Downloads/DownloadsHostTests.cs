using System.Net;
using CivilityBot.Downloads;
using CivilityBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Downloads;

/// <summary>GET /downloads/{token}.{xlsx|csv} through the real service, with a stand-in feature behind the links.</summary>
public sealed class DownloadsHostTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));
    private readonly BotApplication _app;
    private readonly HttpClient _client;

    public DownloadsHostTests()
    {
        _app = new BotApplication
        {
            ConfigureTestServices = services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton<IDownloadSource, TestDownloadSource>();
            },
        };
        _client = _app.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task A_valid_link_downloads_the_file_in_the_format_its_extension_names()
    {
        var issued = Issue("1");

        using var xlsx = await GetAsync(issued.XlsxUrl);
        using var csv = await GetAsync(issued.CsvUrl);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(TestDownloadSource.Content, await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(DownloadFormats.XlsxContentType, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("测试-Xlsx.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("测试-Csv.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task An_expired_link_gets_404_with_a_note_to_ask_the_bot_again()
    {
        var issued = Issue("1");

        _time.Advance(TimeSpan.FromHours(24));
        using var expired = await GetAsync(issued.XlsxUrl);

        var text = await expired.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", expired.Content.Headers.ContentType?.ToString());
        Assert.Contains("已过期", text, StringComparison.Ordinal);
        Assert.Contains("再向机器人要一次", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_token_gets_the_same_404_as_every_other_link_that_opens_nothing()
    {
        var url = Issue("1").CsvUrl;
        var at = url.LastIndexOf('/') + 1;
        var tampered = url[..at] + (url[at] == 'A' ? 'B' : 'A') + url[(at + 1)..];
        string[] others =
        [
            tampered,
            Path.ChangeExtension(url, ".pdf"),
            Path.ChangeExtension(url, null),
            Issue("2").XlsxUrl, // what it opened is gone
            _app.Services.GetRequiredService<DownloadLinks>().Issue("retired-kind", "1", "刘斌").XlsxUrl, // no feature serves it
            "/downloads/..%2Fcivilitybot.db",
            "/downloads/x/" + url[at..],
        ];

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var other in others)
        {
            using var response = await GetAsync(other);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.NotFound, DownloadsEndpointRouteBuilderExtensions.NotFoundText), answer));
    }

    private IssuedDownload Issue(string subjectId) =>
        _app.Services.GetRequiredService<DownloadLinks>().Issue(TestDownloadSource.TestKind, subjectId, "刘斌");

    /// <summary>Gets an issued address (absolute) or a hand-made path (starting with "/") from the in-memory service.</summary>
    private Task<HttpResponseMessage> GetAsync(string url) =>
        _client.GetAsync(new Uri(url.StartsWith('/') ? url : new Uri(url).PathAndQuery, UriKind.Relative));
}
