namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Roster names a question probably meant when it names nobody exactly: one character typed wrong ("宋玮" → 宋伟,
/// "周敬君" → 周敬军). Spaces typed inside a name never count (the normaliser joins Chinese characters). Two-character
/// names are only matched when they are the whole subject of the question, because one shared character in a longer
/// sentence ("方式" against 方言) means nothing; longer names also match inside a sentence when the surname is right.
/// </summary>
internal sealed class NearNames(Campaign campaign)
{
    private const int MaxOffered = 3;

    private readonly RosterPerson[] _people = [.. campaign.Roster];

    /// <summary>The nearest names, most involved person first; empty when nothing is one character away.</summary>
    public IReadOnlyList<string> Find(string text)
    {
        var subject = string.Concat(QuestionWords.Strip(text).Where(ReplyLanguages.IsChinese));
        return [.. _people
            .Where(person => Subject(subject, person.Name) || (person.Name.Length >= 3 && InSentence(text, person.Name)))
            .OrderByDescending(person => campaign.IndicatorsOwnedBy(person.Name).Count + person.Roles.Count)
            .Select(person => person.Name)
            .Take(MaxOffered)];
    }

    private static bool InSentence(string text, string name)
    {
        for (var at = text.IndexOf(name[0], StringComparison.Ordinal); at >= 0 && at + name.Length <= text.Length; at = text.IndexOf(name[0], at + 1))
        {
            if (OneOff(text.Substring(at, name.Length), name)) return true;
        }

        return false;
    }

    // The subject is the name, perhaps with one asking character left over ("宋玮管").
    private static bool Subject(string subject, string name) =>
        subject.Length >= name.Length && subject.Length <= name.Length + 1
        && (OneOff(subject[..name.Length], name) || OneOff(subject[^name.Length..], name));

    private static bool OneOff(string candidate, string name) =>
        candidate.Length == name.Length && candidate.Where((character, index) => character != name[index]).Count() == 1;
}
