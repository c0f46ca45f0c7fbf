namespace CivilityBot.Knowledge;

public enum ReplyLanguage
{
    Chinese,
    English,
}
