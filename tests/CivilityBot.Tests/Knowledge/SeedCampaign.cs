using System.Text.Json.Nodes;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Knowledge;

/// <summary>The project's own campaign file as copied to the test output (never the reference shelf).</summary>
internal static class SeedCampaign
{
    private static readonly Lazy<Campaign> Loaded = new(() => CampaignLoader.LoadFile(Path));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "campaign.json");

    public static Campaign Campaign => Loaded.Value;

    public static JsonObject Json() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject();

    /// <summary>An answerer over the seed data whose clock reads <paramref name="utcNow"/> (default: mid-campaign).</summary>
    public static QuestionAnswerer Answerer(DateTimeOffset? utcNow = null, Campaign? campaign = null)
    {
        var data = campaign ?? Campaign;
        var time = new FakeTimeProvider(utcNow ?? new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));
        return new QuestionAnswerer(data, new DataCheck(data), TestClock.Create(time));
    }
}
