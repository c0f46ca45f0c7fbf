using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>
/// The protocol layer hosted in memory (TestServer) with a fake clock, fake channel metadata, a fake
/// Bot Connector, a fake Entra ID and a recording bot. TestServer leaves the TCP peer empty, so the host
/// sets it from <see cref="RemoteAddress"/>.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "test-secret";

    private WebApplication? app;

    private BotTestHost(BotCloud cloud)
    {
        Cloud = BotCloudEndpoints.For(cloud);
        Channel = new FakeChannelMetadata(Cloud);
        Settings["Bot:Cloud"] = cloud.ToString();
    }

    /// <summary>The preset of the cloud the bot is configured for (<c>Bot:Cloud</c>).</summary>
    public BotCloudEndpoints Cloud { get; }

    public RecordingTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public FakeChannelMetadata Channel { get; }

    public RecordingActivityHandler Bot { get; } = new();

    public FakeHttpHandler Connector { get; private set; } = null!;

    public FakeHttpHandler TokenService { get; } = new(FakeEntra.Respond);

    public ListLoggerProvider Logs { get; } = new();

    public IPAddress? RemoteAddress { get; set; }

    /// <summary>The host environment; Development unless a test says otherwise.</summary>
    public string EnvironmentName { get; set; } = "Development";

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:MicrosoftAppPassword"] = AppPassword,
    };

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public DateTimeOffset Now => Time.GetUtcNow();

    public static async Task<BotTestHost> StartAsync(Action<BotTestHost>? configure = null, BotCloud cloud = BotCloud.Public)
    {
        var host = new BotTestHost(cloud);
        host.Connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"reply-1"}"""), host.Time);
        configure?.Invoke(host);
        await host.BuildAsync();
        return host;
    }

    public string Token(TokenSpec? spec = null, ChannelKey? key = null) =>
        ChannelTokens.Create(key ?? Channel.DefaultKey, Now, WithIssuer(spec));

    /// <summary>A token signed with <paramref name="credentials"/> (a forged or mis-typed key).</summary>
    public string Token(Microsoft.IdentityModel.Tokens.SigningCredentials credentials, TokenSpec? spec = null) =>
        ChannelTokens.Create(credentials, Now, WithIssuer(spec));

    /// <summary>An unsigned (<c>alg: none</c>) token under the channel key's id.</summary>
    public string UnsignedToken(TokenSpec? spec = null) => ChannelTokens.Unsigned(Channel.DefaultKey.KeyId, Now, WithIssuer(spec));

    private TokenSpec WithIssuer(TokenSpec? spec)
    {
        spec ??= new TokenSpec();
        return spec.Issuer is null ? spec with { Issuer = Cloud.ChannelTokenIssuer } : spec;
    }

    public Task<HttpResponseMessage> PostWithTokenAsync(JsonObject activity, TokenSpec? spec = null, ChannelKey? key = null) =>
        PostAsync(activity, "Bearer " + Token(spec, key));

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization) =>
        PostRawAsync(activity.ToJsonString(), authorization);

    public Task<HttpResponseMessage> PostRawAsync(string body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Channel.Dispose();
    }

    private async Task BuildAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = EnvironmentName });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<IActivityHandler>(Bot);
        builder.Services.AddBotProtocol(builder.Configuration);
        builder.Services.AddHttpClient(BotHttpClientNames.OpenIdMetadata).ConfigurePrimaryHttpMessageHandler(() => Channel.Handler);
        builder.Services.AddHttpClient(BotHttpClientNames.TokenService).ConfigurePrimaryHttpMessageHandler(() => TokenService);
        builder.Services.AddHttpClient(BotHttpClientNames.Connector).ConfigurePrimaryHttpMessageHandler(() => Connector);
        app = builder.Build();
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = RemoteAddress;
            return next(context);
        });
        app.MapBotMessages();
        await app.StartAsync();
        Client = app.GetTestClient();
        Client.Timeout = TimeSpan.FromSeconds(10);
    }
}
