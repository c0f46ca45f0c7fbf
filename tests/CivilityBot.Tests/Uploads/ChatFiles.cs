using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Uploads;

/// <summary>Message activities carrying files as Teams sends them in personal chat, and reading the bot's replies to them.</summary>
internal static class ChatFiles
{
    /// <summary>A message with one <c>file.download.info</c> attachment per (name, downloadUrl), as Teams sends a file shared in personal chat.</summary>
    public static JsonObject Message(BotApplication app, TestUser user, params (string Name, string Url)[] files)
    {
        var activity = app.Message("", user);
        activity["deliveryMode"] = "expectReplies";
        activity["attachments"] = new JsonArray([.. files.Select(file => (JsonNode)new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/user/Documents/Microsoft Teams Chat Files/" + file.Name,
            ["name"] = file.Name,
            ["content"] = new JsonObject { ["downloadUrl"] = file.Url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(file.Name).TrimStart('.') },
        })]);
        return activity;
    }

    /// <summary>Posts <paramref name="activity"/> (expectReplies) and returns the raw JSON of all reply activities.</summary>
    public static async Task<string> SendAsync(BotApplication app, JsonObject activity)
    {
        using var response = await app.PostAsync(activity);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").GetRawText();
    }

    /// <summary>The first upload page address in <paramref name="raw"/> reply JSON, as a path.</summary>
    public static string UploadPath(string raw)
    {
        var at = raw.IndexOf("/upload/", StringComparison.Ordinal);
        var end = raw.IndexOf('"', at);
        return raw[at..end];
    }
}
