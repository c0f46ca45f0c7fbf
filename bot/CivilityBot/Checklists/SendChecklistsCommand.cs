using CivilityBot.People;
using System.Globalization;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using CivilityBot.Outreach;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>
/// 发送清单 (all owners) / 发送清单 宋伟 周敬军 (named). Several recipients get a preview first, listing who cannot be
/// reached and why: the preview is a draft batch in the outbox, and only the coordinator's confirmation queues it. One
/// recipient is queued at once. Either way the outbox sends in the background and reports on a status card.
/// </summary>
public sealed class SendChecklistsCommand(
    IPlan plan,
    IProactiveMessenger messenger,
    ReachabilityNotes notes,
    IOutbox outbox,
    OutboxSignal signal,
    ChecklistCardComposer composer,
    IChecklistProgress progress,
    BureauClock clock) : IMessageCommand
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
        if (await message.RequireCoordinatorAsync(language, cancellationToken) is not { } coordinator)
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
            Enqueue(coordinator, recipients, BatchState.Queued);
            signal.Notify();
            await message.ReplyTextAsync(SendTexts.QueuedOne(recipients[0], language), cancellationToken);
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
            return ([.. plan.Current.Indicators.OrderBy(indicator => indicator.Number).SelectMany(indicator => indicator.Owners).Select(owner => owner.Person).Distinct()], null);
        }

        var named = names.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(PersonNames.Normalize).Distinct().ToList();
        var unknown = named.Where(name => plan.Current.FindPerson(name) is null).ToList();
        if (unknown.Count > 0)
        {
            return ([], SendTexts.UnknownPeople(unknown, language));
        }

        var idle = named.Where(name => plan.Current.IndicatorsOwnedBy(name).Count == 0).ToList();
        return idle.Count > 0 ? ([], SendTexts.OwnsNothing(idle, language)) : (named, null);
    }

    private async Task PreviewAsync(
        MessageTurn message, string coordinator, IReadOnlyList<string> recipients, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var batch = Enqueue(coordinator, recipients, BatchState.Draft);
        var reaches = recipients.Select(person => (person, reach: messenger.CheckReachability(person))).ToList();
        var unreachable = reaches.Where(pair => !pair.reach.CanReach)
            .Select(pair => SendTexts.Unreachable(pair.person, pair.reach.Reason, language))
            .ToList();
        var summary = SendTexts.PreviewSummary(recipients.Count, unreachable.Count, language);
        unreachable.AddRange(notes.For([.. reaches.Select(pair => pair.reach)]));
        var card = SendCards.Preview(new SendPreviewModel(
            SendTexts.PreviewTitle(language), summary, SendTexts.Recipients(recipients, language), unreachable,
            batch.Id.ToString(CultureInfo.InvariantCulture), SendTexts.Confirm(language), SendTexts.Cancel(language)));
        await message.ReplyCardAsync(summary, card, cancellationToken);
    }

    private OutboxBatch Enqueue(string coordinator, IReadOnlyList<string> recipients, BatchState state) => outbox.Enqueue(new OutboxBatch
    {
        Kind = OutboxKinds.Checklists,
        CreatedBy = coordinator,
        CreatedAt = clock.UtcNow,
        AudienceText = SendTexts.Recipients(recipients, ReplyLanguage.Chinese),
        State = state,
    }, [.. recipients.Select(Delivery)]);

    /// <summary>What a person receives: their checklist's first page, in Chinese whatever the coordinator wrote in.</summary>
    private OutboxDelivery Delivery(string person)
    {
        var composed = composer.Compose(new ChecklistView(person, 1, person, ReplyLanguage.Chinese))!;
        return new OutboxDelivery
        {
            Id = string.Empty,
            PersonName = person,
            Summary = SendTexts.RecipientSummary(person, progress.OutstandingFor(person).Count, ReplyLanguage.Chinese),
            CardJson = CardJson.Serialize(composed.Card),
        };
    }
}
