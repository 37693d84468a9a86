using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DatasetSdk.Extraction.Manifest;

/// <summary>Thrown for malformed JSON; carries the 1-based line of the problem.</summary>
public sealed class JsonFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonFormatException(string message, int line) : base(message) => Line = line;

    /// <summary>1-based line where the problem was found.</summary>
    public int Line { get; }
}

/// <summary>A parsed JSON value with the line it started on, so manifest errors can point at it.</summary>
public sealed class JsonNode
{
    private JsonNode(object? value, int line)
    {
        Value = value;
        Line = line;
    }

    /// <summary>
    /// null, <see cref="string"/>, <see cref="double"/>, <see cref="bool"/>,
    /// <c>List&lt;JsonNode&gt;</c>, or <c>List&lt;KeyValuePair&lt;string, JsonNode&gt;&gt;</c> (members in file order).
    /// </summary>
    public object? Value { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>The members of an object, or null when this is not an object.</summary>
    public List<KeyValuePair<string, JsonNode>>? Members => Value as List<KeyValuePair<string, JsonNode>>;

    /// <summary>The items of an array, or null when this is not an array.</summary>
    public List<JsonNode>? Items => Value as List<JsonNode>;

    /// <summary>The string, or null when this is not a string.</summary>
    public string? String => Value as string;

    /// <summary>
    /// Parses one JSON document. A small reader of our own: the generator runs inside the compiler on
    /// netstandard2.0 and must not ship a JSON library beside it.
    /// </summary>
    public static JsonNode Parse(string text) => new Reader(text).ReadDocument();

    private sealed class Reader
    {
        private readonly string _text;
        private int _pos;
        private int _line = 1;

        public Reader(string text) => _text = text;

        public JsonNode ReadDocument()
        {
            SkipSpace();
            var node = ReadValue(0);
            SkipSpace();
            if (_pos < _text.Length) throw Error("unexpected text after the JSON value");
            return node;
        }

        private JsonNode ReadValue(int depth)
        {
            // Deep nesting is never a valid manifest; refusing it keeps the reader's stack bounded.
            if (depth > 64) throw Error("nesting is too deep");
            SkipSpace();
            if (_pos >= _text.Length) throw Error("unexpected end of file");
            var line = _line;
            var c = _text[_pos];
            switch (c)
            {
                case '{': return new JsonNode(ReadObject(depth), line);
                case '[': return new JsonNode(ReadArray(depth), line);
                case '"': return new JsonNode(ReadString(), line);
                case 't': Expect("true"); return new JsonNode(true, line);
                case 'f': Expect("false"); return new JsonNode(false, line);
                case 'n': Expect("null"); return new JsonNode(null, line);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return new JsonNode(ReadNumber(), line);
                    throw Error($"unexpected character '{c}'");
            }
        }

        private List<KeyValuePair<string, JsonNode>> ReadObject(int depth)
        {
            _pos++;
            var members = new List<KeyValuePair<string, JsonNode>>();
            SkipSpace();
            if (Peek() == '}') { _pos++; return members; }
            while (true)
            {
                SkipSpace();
                if (Peek() != '"') throw Error("expected a property name in double quotes");
                var name = ReadString();
                SkipSpace();
                if (Peek() != ':') throw Error("expected ':' after a property name");
                _pos++;
                members.Add(new KeyValuePair<string, JsonNode>(name, ReadValue(depth + 1)));
                SkipSpace();
                var next = Peek();
                _pos++;
                if (next == '}') return members;
                if (next != ',') throw Error("expected ',' or '}' in an object");
            }
        }

        private List<JsonNode> ReadArray(int depth)
        {
            _pos++;
            var items = new List<JsonNode>();
            SkipSpace();
            if (Peek() == ']') { _pos++; return items; }
            while (true)
            {
                items.Add(ReadValue(depth + 1));
                SkipSpace();
                var next = Peek();
                _pos++;
                if (next == ']') return items;
                if (next != ',') throw Error("expected ',' or ']' in an array");
            }
        }

        private string ReadString()
        {
            _pos++;
            var builder = new StringBuilder();
            while (true)
            {
                if (_pos >= _text.Length) throw Error("unterminated string");
                var c = _text[_pos++];
                if (c == '"') return builder.ToString();
                if (c == '\n' || c == '\r') throw Error("line break inside a string");
                if (c != '\\') { builder.Append(c); continue; }
                if (_pos >= _text.Length) throw Error("unterminated string");
                var e = _text[_pos++];
                switch (e)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length ||
                            !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("invalid \\u escape");
                        }
                        builder.Append((char)code);
                        _pos += 4;
                        break;
                    default: throw Error($"invalid escape '\\{e}'");
                }
            }
        }

        private double ReadNumber()
        {
            var start = _pos;
            while (_pos < _text.Length && "+-0123456789.eE".IndexOf(_text[_pos]) >= 0) _pos++;
            if (!double.TryParse(_text.Substring(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw Error("invalid number");
            }
            return value;
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw Error($"expected '{word}'");
            _pos += word.Length;
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void SkipSpace()
        {
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == '\n') _line++;
                else if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF') return;
                _pos++;
            }
        }

        private JsonFormatException Error(string message) => new(message, _line);
    }
}
