using System.Security.Cryptography;
using CivilityBot.Cards.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.People;

namespace CivilityBot.Checklists;

/// <summary>
/// 发送清单 (all owners) / 发送清单 宋伟 周敬军 (named): one recipient is sent at once; more get a preview with who
/// cannot be reached, and nothing is sent before a coordinator confirms.
/// </summary>
public sealed class SendChecklistsCommand(
    IPeopleDirectory people,
    Campaign campaign,
    IProactiveMessenger messenger,
    IChecklistSendStore store,
    ChecklistCardComposer composer,
    IChecklistProgress progress,
    TimeProvider time) : IMessageCommand
{
    private static readonly char[] Separators = [' ', '\u3000', '、', ',', '，', ';', '；'];

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = ChecklistCommandPatterns.Send().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        var language = ChecklistCommandPatterns.LanguageOf(match);
        if (await people.IdentifyCoordinatorAsync(message, language, cancellationToken) is not { PersonName: { } coordinator })
        {
            return true;
        }

        var (recipients, problem) = Recipients(match.Groups["names"].Value, language);
        if (problem is not null)
        {
            await message.ReplyTextAsync(problem, cancellationToken);
        }
        else if (recipients.Count == 1)
        {
            await SendOneAsync(message, recipients[0], language, cancellationToken);
        }
        else
        {
            await PreviewAsync(message, coordinator, recipients, language, cancellationToken);
        }

        return true;
    }

    private (IReadOnlyList<string> Recipients, string? Problem) Recipients(string names, ReplyLanguage language)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return ([.. campaign.Indicators.OrderBy(indicator => indicator.Number).SelectMany(indicator => indicator.Owners).Select(owner => owner.Person).Distinct()], null);
        }

        var named = names.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(PersonNames.Normalize).Distinct().ToList();
        var unknown = named.Where(name => campaign.FindPerson(name) is null).ToList();
        if (unknown.Count > 0)
        {
            return ([], SendTexts.UnknownPeople(unknown, language));
        }

        var idle = named.Where(name => campaign.IndicatorsOwnedBy(name).Count == 0).ToList();
        return idle.Count > 0 ? ([], SendTexts.OwnsNothing(idle, language)) : (named, null);
    }

    private async Task SendOneAsync(MessageTurn message, string person, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var result = await messenger.SendAsync(person, RecipientMessage.Create(person, composer, progress), cancellationToken);
        await message.ReplyTextAsync(
            result.State == DeliveryState.Sent ? SendTexts.SentOne(person, language) : SendTexts.NotSentOne(person, result.Reason, language),
            cancellationToken);
    }

    private async Task PreviewAsync(
        MessageTurn message, string coordinator, IReadOnlyList<string> recipients, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var batch = new ChecklistSendBatch
        {
            Id = RandomNumberGenerator.GetHexString(16, lowercase: true),
            RequestedBy = coordinator,
            CreatedAt = time.GetUtcNow(),
            State = SendBatchState.AwaitingConfirmation,
            Language = language,
            Deliveries = [.. recipients.Select(person => new ChecklistDelivery { Person = person })],
        };
        store.Insert(batch);
        var unreachable = recipients.Select(person => (person, reach: messenger.CheckReachability(person)))
            .Where(pair => !pair.reach.CanReach)
            .Select(pair => SendTexts.Unreachable(pair.person, pair.reach.Reason, language))
            .ToList();
        var summary = SendTexts.PreviewSummary(recipients.Count, unreachable.Count, language);
        var card = SendCards.Preview(new SendPreviewModel(
            SendTexts.PreviewTitle(language), summary, SendTexts.Recipients(recipients, language), unreachable, batch.Id,
            SendTexts.Confirm(language), SendTexts.Cancel(language)));
        await message.ReplyCardAsync(summary, card, cancellationToken);
    }
}
