using System.Net;
using System.Text;
using CivilityBot.People;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CivilityBot.Tests.People;

public sealed class GraphUserDirectoryTests
{
    [Fact]
    public async Task FindObjectIdByUpnAsync_AKnownUser_AsksForTheUsersIdAndReturnsIt()
    {
        var graph = new StubGraph(HttpStatusCode.OK, """{"id":"aad-wang"}""");
        using var directory = Directory(graph);

        var id = await directory.FindObjectIdByUpnAsync("wangkj@yueyang.example", CancellationToken.None);

        Assert.Equal("aad-wang", id);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/users/wangkj@yueyang.example", Uri.UnescapeDataString(request.AbsolutePath));
        Assert.Equal("$select=id", Uri.UnescapeDataString(request.Query.TrimStart('?')));
    }

    [Fact]
    public async Task FindObjectIdByUpnAsync_NoSuchUser_ReturnsNull()
    {
        var graph = new StubGraph(HttpStatusCode.NotFound, """{"error":{"code":"Request_ResourceNotFound","message":"none"}}""");
        using var directory = Directory(graph);

        Assert.Null(await directory.FindObjectIdByUpnAsync("nobody@yueyang.example", CancellationToken.None));
    }

    [Fact]
    public async Task FindObjectIdByUpnAsync_AServerError_Throws()
    {
        var graph = new StubGraph(HttpStatusCode.InternalServerError, """{"error":{"code":"generalException","message":"boom"}}""");
        using var directory = Directory(graph);

        await Assert.ThrowsAnyAsync<Exception>(() => directory.FindObjectIdByUpnAsync("wangkj@yueyang.example", CancellationToken.None));
    }

    private static GraphUserDirectory Directory(StubGraph graph) =>
        new(new GraphServiceClient(new HttpClient(graph), new AnonymousAuthenticationProvider()));

    private sealed class StubGraph(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(status)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            });
        }
    }
}
