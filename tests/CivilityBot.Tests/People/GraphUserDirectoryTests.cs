using System.Net;
using System.Text;
using CivilityBot.People;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CivilityBot.Tests.People;

public sealed class GraphUserDirectoryTests
{
    [Fact]
    public async Task LookupAsync_AKnownUpn_AsksForIdNameAndDepartmentAndReturnsThem()
    {
        var graph = new StubGraph(HttpStatusCode.OK, """{"id":"aad-wang","displayName":"汪珂吉","department":"办公室"}""");

        var found = await Directory(graph).LookupAsync("wangkj@yueyang.example", CancellationToken.None);

        Assert.Equal(DirectoryLookup.Found(new DirectoryUser("aad-wang", "汪珂吉", "办公室")), found);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/users/wangkj@yueyang.example", Uri.UnescapeDataString(request.AbsolutePath));
        Assert.Equal("$select=id,displayName,department", Uri.UnescapeDataString(request.Query.TrimStart('?')));
    }

    [Fact]
    public async Task LookupAsync_NoSuchUpnOrMail_AsksByMailThenReturnsNotFound()
    {
        var graph = new StubGraph(HttpStatusCode.NotFound, """{"error":{"code":"Request_ResourceNotFound","message":"none"}}""")
        {
            Listing = """{"value":[]}""",
        };

        var lookup = await Directory(graph).LookupAsync("nobody@yueyang.example", CancellationToken.None);

        Assert.Equal(DirectoryLookupStatus.NotFound, lookup.Status);
        Assert.Contains("mail eq 'nobody@yueyang.example'", Uri.UnescapeDataString(graph.Requests[1].Query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupAsync_AMailTwoAccountsShare_IsAmbiguous()
    {
        var graph = new StubGraph(HttpStatusCode.NotFound, """{"error":{"code":"Request_ResourceNotFound","message":"none"}}""")
        {
            Listing = """{"value":[{"id":"a"},{"id":"b"}]}""",
        };

        var lookup = await Directory(graph).LookupAsync("office@yueyang.example", CancellationToken.None);

        Assert.Equal(DirectoryLookup.Ambiguous(2), lookup);
    }

    [Fact]
    public async Task LookupAsync_AServerError_Throws()
    {
        var graph = new StubGraph(HttpStatusCode.BadRequest, """{"error":{"code":"generalException","message":"boom"}}""");

        await Assert.ThrowsAnyAsync<Exception>(() => Directory(graph).LookupAsync("wangkj@yueyang.example", CancellationToken.None));
    }

    private static GraphUserDirectory Directory(StubGraph graph) =>
        new(new GraphServiceClient(new HttpClient(graph), new AnonymousAuthenticationProvider()));

    private sealed class StubGraph(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        public string? Listing { get; init; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            var listing = Listing is not null && request.RequestUri!.AbsolutePath.EndsWith("/users", StringComparison.Ordinal);
            return Task.FromResult(new HttpResponseMessage(listing ? HttpStatusCode.OK : status)
            {
                Content = new StringContent(listing ? Listing! : body, Encoding.UTF8, "application/json"),
            });
        }
    }
}
