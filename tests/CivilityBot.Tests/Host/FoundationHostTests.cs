using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilityBot.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace CivilityBot.Tests.Host;

public sealed class FoundationHostTests : IDisposable
{
    private readonly BotApplication _app = new();
    private readonly TestUser _user = TestUser.Named("测试用户");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Health_endpoint_answers_200_once_the_service_is_up()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_item_question_with_expectReplies_comes_back_in_the_body_as_a_card_naming_the_owner()
    {
        var replies = await _app.AskAsync("第16项谁负责", _user);

        var reply = Assert.Single(replies);
        var attachment = reply.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("1.5", attachment.GetProperty("content").GetProperty("version").GetString());
        Assert.Contains("汪珂吉", attachment.GetProperty("content").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("汪珂吉", reply.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task A_normal_message_is_acknowledged_and_the_answer_goes_to_the_connector_as_a_reply()
    {
        var message = _app.Message("who handles item 16", _user);

        using var response = await _app.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var call = Assert.Single(_app.Connector.Sent);
        var expectedPath = $"/v3/conversations/{Uri.EscapeDataString(_user.PersonalConversationId)}/activities/{message["id"]}";
        Assert.Equal(expectedPath, call.Path);
        Assert.Contains("汪珂吉", call.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_once()
    {
        var message = _app.Message("第十六项", _user);

        using (await _app.PostAsync(message)) { }
        using (await _app.PostAsync(message)) { }

        Assert.Single(_app.Connector.Sent);
    }

    [Fact]
    public async Task Every_inbound_activity_stores_how_to_reach_its_sender()
    {
        await _app.AskAsync("帮助", _user);

        var store = _app.Services.GetRequiredService<IConversationReferenceStore>();
        var reference = Assert.Single(store.FindByAadObjectId(_user.AadObjectId));
        Assert.Equal(_user.Id, reference.UserId);
        Assert.Equal(_user.Name, reference.UserName);
        Assert.Equal(_user.PersonalConversationId, reference.ConversationId);
        Assert.Equal(BotApplication.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("tenant-1", reference.TenantId);
    }

    [Fact]
    public async Task Installing_the_app_greets_the_user_once_even_though_Teams_announces_it_twice()
    {
        var install = _app.Activity("installationUpdate", _user);
        install["action"] = "add";
        install["locale"] = "en-US";
        var added = _app.Activity("conversationUpdate", _user);
        added["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "28:civilitybot" }, new JsonObject { ["id"] = _user.Id });

        using (await _app.PostAsync(install)) { }
        using (await _app.PostAsync(added)) { }

        var welcome = Assert.Single(_app.Connector.Sent);
        Assert.Contains("帮助", welcome.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_that_is_not_on_this_machine_is_refused_when_authentication_is_off()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(_app.Message("第16项", _user)),
        };
        request.Headers.Add("X-Test-Remote-Ip", "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_app.Services.GetRequiredService<IConversationReferenceStore>().FindByAadObjectId(_user.AadObjectId));
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task Malformed_json_is_answered_400_and_changes_nothing()
    {
        using var client = _app.CreateClient();
        using var content = new StringContent("{\"type\":\"message\",", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var message = _app.Message(new string('宋', 200_000), _user);

        using var response = await _app.PostAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task A_card_button_the_bot_does_not_know_gets_a_clear_message_not_an_error_page()
    {
        var response = await _app.InvokeAsync("no-such-verb", new JsonObject(), _user);

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", response.GetProperty("type").GetString());
        Assert.Contains("卡片", response.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suggestion_button_from_an_older_client_asks_its_question()
    {
        var message = _app.Activity("message", _user);
        message["value"] = new JsonObject { ["text"] = "第二十八项" };
        message["deliveryMode"] = "expectReplies";

        using var response = await _app.PostAsync(message);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains("郭立芳", body.GetProperty("activities")[0].GetRawText(), StringComparison.Ordinal);
    }
}
