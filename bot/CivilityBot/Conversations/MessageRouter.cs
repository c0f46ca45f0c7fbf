using System.Text.Json;
using CivilityBot.Knowledge;
using CivilityBot.Protocol;

namespace CivilityBot.Conversations;

/// <summary>
/// Routes a message: card submissions to their feature, then the features' chat commands, and everything
/// else to question answering, which always has an answer (at worst a "did you mean").
/// </summary>
public sealed class MessageRouter(IEnumerable<IMessageCommand> commands, CardActionRouter cardActions, QuestionAnswerer answerer)
{
    private readonly IMessageCommand[] _commands = commands.ToArray();

    public async Task RouteAsync(TurnContext turn, ConversationReferenceRecord? sender, CancellationToken cancellationToken)
    {
        var submitted = SubmittedField(turn, CardVerbFields.Verb);
        if (submitted is not null)
        {
            await cardActions.RouteSubmitAsync(turn, submitted, sender, cancellationToken);
            return;
        }

        var text = SubmittedField(turn, CardVerbFields.Text) ?? turn.Activity.GetTextWithoutMentions();
        var message = new MessageTurn(turn, text, sender);
        foreach (var command in _commands)
        {
            if (await command.TryHandleAsync(message, cancellationToken))
            {
                return;
            }
        }

        var answer = answerer.Answer(text);
        await turn.SendActivityAsync(CardMessage.ReplyTo(turn.Activity, answer.Summary, answer.CardJson), cancellationToken);
    }

    private static string? SubmittedField(TurnContext turn, string name) =>
        turn.Activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String
            ? field.GetString()
            : null;
}
