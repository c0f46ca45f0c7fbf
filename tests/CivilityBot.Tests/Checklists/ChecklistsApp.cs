using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Checklists;

/// <summary>
/// The real service (see <see cref="BotApplication"/>) with a fixed clock in the middle of the campaign and a recording
/// proactive messenger, plus the steps a checklist user takes.
/// </summary>
internal sealed class ChecklistsApp : IDisposable
{
    public static readonly DateTimeOffset MidCampaign = new(2023, 9, 15, 2, 0, 0, TimeSpan.Zero);

    public ChecklistsApp(string? databasePath = null, IDictionary<string, string?>? settings = null)
    {
        App = new BotApplication(databasePath, settings)
        {
            ConfigureTestServices = services =>
            {
                services.AddSingleton<TimeProvider>(Time);
                services.AddSingleton<IProactiveMessenger>(Messenger);
            },
        };
    }

    public BotApplication App { get; }

    public FakeTimeProvider Time { get; } = new(MidCampaign);

    public RecordingMessenger Messenger { get; } = new();

    public IChecklistStore Store => App.Services.GetRequiredService<IChecklistStore>();

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Sends a message and returns the first reply's card, or null when the reply was text.</summary>
    public async Task<JsonElement?> CardReplyAsync(string text, TestUser user)
    {
        var reply = (await App.AskAsync(text, user))[0];
        return reply.TryGetProperty("attachments", out var attachments) ? attachments[0].GetProperty("content") : null;
    }

    public async Task<string> TextReplyAsync(string text, TestUser user)
    {
        var reply = (await App.AskAsync(text, user))[0];
        return reply.TryGetProperty("text", out var value) ? value.GetString()! : reply.GetRawText();
    }

    public async Task<JsonElement> CardOfAsync(string text, TestUser user) =>
        await CardReplyAsync(text, user) ?? throw new InvalidOperationException($"'{text}' did not answer with a card");

    /// <summary>Presses a button; returns the invoke answer ({statusCode,type,value}).</summary>
    public Task<JsonElement> PressAsync(JsonElement card, string verb, TestUser user, Action<Dictionary<string, string>>? edit = null, string? activityId = null) =>
        App.InvokeAsync(verb, CardClient.Press(card, verb, edit), user, activityId);

    /// <summary>Presses a button with hand-made data (copied, so a test can send the same data twice).</summary>
    public Task<JsonElement> InvokeAsync(string verb, JsonObject data, TestUser user, string? activityId = null, string locale = "zh-CN") =>
        App.InvokeAsync(verb, data.DeepClone().AsObject(), user, activityId, locale);

    public void Dispose() => App.Dispose();
}
